import type { ReviewTexts } from './types.ts';

export const pl: ReviewTexts = {
  negative: {
    out_of_stock: [
      'Zapłaciłam BLIK-iem, a po dwóch dniach dostałam maila, że towaru nie ma na stanie. To po co piszecie, że jest dostępny?',
      "Zamówiłem wersję zieloną, dzwonią, że została tylko czarna. Na stronie dalej wisi 'dostępny'.",
      'Tydzień czekania tylko po to, żeby usłyszeć, że produkt się skończył. Pieniądze oddali, ale czas stracony.',
      'brak na magazynie a na aukcji stan 20 szt. serio? zaktualizujcie to w końcu',
    ],
    price_changed: [
      'Cena na stronie 1299 zł, po złożeniu zamówienia sprzedawca napisał, że teraz 1450 i trzeba dopłacić. Tak się nie robi.',
      'Zamówiłam w promocji, a potem telefon, że promocja już nieaktualna i cena wyższa. Anulowałam.',
      'Słuchawki ok, ale na fakturze kwota wyższa niż w ogłoszeniu. Zapłaciłem, bo potrzebowałem na już, ale niesmak został.',
    ],
    no_response_to_order: [
      'Złożyłem zamówienie i cisza. Żadnego potwierdzenia, maila ani telefonu przez cztery dni. Anulowałem.',
      'Nikt nie potwierdził zamówienia, dwa razy pisałam na czacie. Zero odzewu. Ten sklep w ogóle działa?',
      "zamowienie 3 dni w statusie 'nowe', mieli oddzwonic i nic. kupilem gdzie indziej",
    ],
    slow_communication: [
      'Na każde pytanie odpowiadali po dwóch, trzech dniach. Sam produkt w porządku, ale kontakt fatalny.',
      'O numer przesyłki pytałam w poniedziałek, odpowiedź przyszła w piątek. Zdecydowanie za wolno.',
      'Kontakt ze sklepem to droga przez mękę, pisałem cztery razy, zanim ktoś łaskawie odpisał, kiedy wyślą.',
    ],
    delivery_late: [
      'Miało być wysłane następnego dnia, a paczka wyszła z magazynu po tygodniu. Prezent na urodziny nie dotarł na czas.',
      'Przesyłka szła prawie dwa tygodnie zamiast 1–2 dni roboczych, jak było w ogłoszeniu.',
      'Towar dobry, tylko że dotarł tak późno, że zdążyłem kupić drugi w Media Markcie.',
      'wysłali 5 dni po terminie i nawet nie uprzedzili',
    ],
    delivery_cost: [
      'Nikt nie wspomniał, że kurier kosztuje prawie 30 zł. Przy etui za 25 zł to absurd.',
      'W opisie była darmowa dostawa do paczkomatu, a przy odbiorze musiałam dopłacić. Nieuczciwe.',
      'Produkt w porządku, ale koszt wysyłki był przykrą niespodzianką. Podawajcie cenę dostawy od razu.',
    ],
    wrong_item: [
      'Zamawiałem wersję 128 GB, przyszła 64 GB. Znowu muszę iść do paczkomatu i odsyłać.',
      'Przyszedł zupełnie inny model. Na pudełku Redmi Note 9, w środku Note 8.',
      'zły kolor i zły rozmiar. czy ktoś w ogóle patrzy na zamówienie przy pakowaniu?',
    ],
    damaged_item: [
      'Karton zgnieciony, a ekran pęknięty w rogu. Zapakowane w cienką kopertę bez żadnej folii bąbelkowej.',
      'Czajnik przyszedł z wgnieceniem, pokrywka się nie domyka. Nieważne, czy to kurier, czy magazyn — pakujcie porządniej.',
      'Cała tylna obudowa porysowana, wygląda na używany, a płaciłam za nowy.',
    ],
    defective_item: [
      'Po dziewięciu dniach przestał działać. Po prostu się nie włącza.',
      'Wadliwy od nowości, sam się wyłącza i restartuje co chwilę.',
      'Działał miesiąc i padł. Za tę cenę spodziewałem się, że wytrzyma znacznie dłużej.',
    ],
    description_mismatch: [
      "W opisie 'wodoodporny', a w instrukcji tylko odporność na zachlapania. Na basen się nie nada.",
      'Na zdjęciach metalowa obudowa, a przyszedł plastik pomalowany na srebrno. Zupełnie nie to, co w opisie.',
      "Miał być nowy, a pudełko było otwierane i w środku naklejka 'odnowiony'.",
    ],
    rude_service: [
      'Zapytałam tylko o gwarancję, a pan odpisał tak, jakbym mu zawracała głowę. Niegrzecznie i z góry.',
      "Przez telefon usłyszałem, że to 'mój problem', po czym się rozłączyli. Więcej tu nie kupię.",
      'Sprzedawca na czacie był złośliwy i opryskliwy. Towar ok, podejście do klienta żadne.',
    ],
    refund_problem: [
      "Odesłałem towar trzy tygodnie temu, zwrotu pieniędzy dalej brak. Za każdym razem słyszę 'wkrótce'.",
      'Zwrot przyjęli, ale oddali 20 zł mniej, niż zapłaciłam, bez słowa wyjaśnienia.',
      'Odzyskanie pieniędzy to koszmar: pięć maili, dwa telefony i nadal czekam.',
    ],
    other: [
      'Na fakturze było cudze nazwisko i adres. Aż strach pomyśleć, co robią z moimi danymi.',
      'Po zakupie zasypali mnie SMS-ami z reklamami. Nie wyrażałam na to zgody.',
      'Nie umiem wskazać jednej rzeczy, ale całe zakupy jakieś takie nie teges. Drugi raz nie zamówię.',
    ],
  },
  defectiveByComponent: {
    battery: [
      'Bateria spada ze 100 do 20 procent w jakieś trzy godziny, prawie bez używania.',
      'Po dwóch tygodniach bateria spuchła, tylna klapka odstaje. Aż strach trzymać w ręce.',
      'bateria pada przed obiadem, kondycja baterii 78%. to na pewno nie jest nowy',
    ],
    screen: [
      'Trzeciego dnia na ekranie pojawił się zielony pasek i robi się coraz szerszy.',
      'Dolna część wyświetlacza nie reaguje na dotyk, nie da się pisać.',
      'Martwy piksel na środku ekranu, na białym tle bardzo widoczny.',
    ],
    charger: [
      'Ładowarka z zestawu strasznie się grzeje, a po tygodniu w ogóle przestała ładować.',
      'Ładowarka w ogóle nie działa, już pierwszego dnia musiałem kupić swoją.',
      'Gniazdo ładowania się rusza, ładuje tylko, jak trzymam kabel pod kątem.',
    ],
    camera: [
      'Główny aparat nie łapie ostrości, wszystkie zdjęcia są rozmazane.',
      'Aplikacja aparatu wywala się z czarnym ekranem przy przełączaniu na szeroki kąt.',
      'W obiektywie aparatu jest paproch, widać go na każdym zdjęciu.',
    ],
    speaker: [
      'Głośnik charczy powyżej połowy głośności. Muzyki nie da się słuchać.',
      'Rozmówcę ledwo słychać, głośnik do rozmów jest cichy i zniekształca dźwięk.',
      'Po kilku dniach lewa słuchawka zupełnie przestała grać.',
    ],
    keyboard: [
      'Kilka klawiszy się zacina, a spacja działa tylko, jak się ją wciśnie na środku.',
      "Podświetlenie klawiatury nie działa, a litera 'E' wpisuje się podwójnie.",
      'Po tygodniu połowa górnego rzędu klawiszy przestała reagować.',
    ],
    other: [
      'Grzeje się jak piec nawet przy prostych rzeczach, a potem się wyłącza.',
      'Przycisk odpadł po kilku dniach normalnego używania.',
      'W środku coś klika i co jakiś czas po prostu się zawiesza.',
    ],
  },
  positive: [
    'Paczka w paczkomacie następnego dnia, dobrze zapakowane, wszystko działa. Polecam!',
    'Super sprzedawca, szybko odpowiedział na wszystkie pytania, telefon dokładnie jak w opisie.',
    'Wszystko ok, dziękuję.',
    'Szybka wysyłka, oryginalny produkt, uczciwa cena. Gorąco polecam.',
    'Drugi zakup w tym sklepie i znowu bez żadnych problemów.',
    'Sprzedawca zadzwonił 10 minut po zamówieniu, żeby je potwierdzić. Pełen profesjonalizm.',
    'Laptop spełnia oczekiwania, bateria trzyma cały dzień. Dostawa szybciej, niż się spodziewałem.',
    'Świetna jakość, starannie zapakowane, a w środku jeszcze mały gratis :)',
    'Wszystko w porządku, towar zgodny ze zdjęciami.',
    'Bardzo miła obsługa. Pomogli wybrać model i cierpliwie odpowiadali na moje pytania.',
  ],
  mixed: [
    'Jak na tę cenę w porządku. Dostawa trochę się przeciągnęła, ale bez dramatu.',
    'Na razie działa dobrze. Opakowanie mogłoby być lepsze, karton trochę zgnieciony.',
    'Słuchawki niezłe, ale dźwięk nie tak pełny, jak się spodziewałam po opiniach.',
    'Przeciętnie. Nic złego, ale też nic specjalnego.',
    'Musiałem dwa razy dzwonić, żeby potwierdzili zamówienie, potem już poszło gładko.',
  ],
  sellerComments: [
    'Dziękujemy za zgłoszenie i przepraszamy. Skontaktowaliśmy się telefonicznie, żeby ustalić wymianę na nasz koszt. Od teraz sprawdzamy każde urządzenie przed wysyłką.',
    'Przepraszamy za czas oczekiwania. Zmieniliśmy sposób potwierdzania zamówień: każde dostaje telefon lub SMS w ciągu godziny roboczej. Prosimy o wiadomość na czacie — jeszcze dziś zajmiemy się zamówieniem.',
    'Przepraszamy, że tak wyszło. Zwrot został dziś wysłany, środki powinny być na koncie w ciągu 1–3 dni roboczych. Zaktualizowaliśmy stan i cenę w ogłoszeniu.',
    'Dziękujemy za szczerą opinię. Porozmawialiśmy z zespołem o tym, jak rozmawiamy z klientami. Chcielibyśmy to naprawić — prosimy o kontakt z obsługą i podanie numeru zamówienia.',
    'Przykro nam, że produkt nie odpowiadał opisowi. Poprawiliśmy zdjęcia i opis, chętnie przyjmiemy zwrot i pokryjemy koszt odesłania.',
  ],
  updates: [
    'Aktualizacja: sprzedawca zadzwonił następnego dnia i wymienił sprzęt, nowy działa bez zarzutu. Podnoszę ocenę.',
    'EDIT: pieniądze wróciły na konto, dzięki za załatwienie sprawy.',
    'Dopisuję: przeprosili i dosłali brakującą część na własny koszt. Teraz jest ok.',
  ],
  contacts: [
    'Dzień dobry, czy wersja 128 GB jest dostępna od ręki?',
    'Kiedy zostanie wysłane moje zamówienie? Minęły już dwa dni.',
    'Poproszę numer przesyłki.',
    'Czy w zestawie jest ładowarka?',
    'Chcę zwrócić towar, co muszę zrobić?',
  ],
  authors: [
    'Katarzyna W.',
    'Piotr',
    'Agnieszka N.',
    'Marcin Z.',
    'Magda',
    'Tomasz K.',
    'Ewa',
    'Michał S.',
    'Joanna P.',
    'Kuba',
  ],
};
