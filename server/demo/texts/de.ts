import type { ReviewTexts } from './types.ts';

export const de: ReviewTexts = {
  negative: {
    out_of_stock: [
      "Bestellung bezahlt, zwei Tage später kommt die Mail, dass der Artikel nicht auf Lager ist. Warum steht dann 'sofort lieferbar' da?",
      'Blau bestellt, dann ein Anruf: gibt nur noch Schwarz. Auf der Seite steht Blau immer noch als verfügbar.',
      'Eine Woche gewartet, nur um zu erfahren, dass das Produkt ausverkauft ist. Das Geld kam zwar zurück, aber die Zeit ist weg.',
      "nicht lieferbar obwohl im shop 'auf lager' steht. bitte mal die bestände pflegen",
    ],
    price_changed: [
      'Auf der Seite stand 129 €, nach der Bestellung hieß es plötzlich 149 € und ich soll die Differenz nachzahlen. So geht das nicht.',
      'Im Angebot bestellt, dann ein Anruf, das Angebot sei abgelaufen und der Preis jetzt höher. Habe storniert.',
      'Kopfhörer sind okay, aber auf der Rechnung stand mehr als im Inserat. Hab bezahlt, weil ich sie dringend brauchte, aber der Beigeschmack bleibt.',
    ],
    no_response_to_order: [
      'Bestellung abgeschickt und dann nichts. Keine Bestätigung, keine Mail, kein Anruf – vier Tage lang. Habe storniert.',
      'Niemand hat meine Bestellung je bestätigt. Zweimal im Chat geschrieben, keine Reaktion. Gibt es den Laden überhaupt noch?',
      "bestellung stand 3 tage auf 'neu', rückruf war versprochen, kam nie. woanders gekauft",
    ],
    slow_communication: [
      'Auf jede Frage kam die Antwort erst nach zwei, drei Tagen. Das Produkt ist in Ordnung, aber an Infos zu kommen war mühsam.',
      'Montag nach der Sendungsnummer gefragt, Freitag kam die Antwort. Viel zu langsam.',
      'Kundenservice extrem lahm, musste viermal nachhaken, bis mir jemand gesagt hat, wann verschickt wird.',
    ],
    delivery_late: [
      'Versand war für den nächsten Tag versprochen, das Paket hat das Lager erst eine Woche später verlassen. Geburtstagsgeschenk kam zu spät.',
      'Lieferung hat fast zwei Wochen gedauert statt der angegebenen 2–3 Werktage.',
      'Artikel ist gut, kam aber so spät, dass ich mir inzwischen im Laden einen anderen gekauft hatte. Jetzt habe ich zwei.',
      '5 Tage nach dem zugesagten Termin verschickt und keinerlei Info vorher',
    ],
    delivery_cost: [
      'Keiner hat erwähnt, dass der Versand fast 15 € kostet. Bei einer Hülle für 12 € ist das mehr als der Artikel selbst.',
      'In der Beschreibung stand kostenloser Versand an die Packstation, trotzdem musste ich draufzahlen. Unfair.',
      'Produkt ist in Ordnung, aber die Versandkosten waren eine böse Überraschung. Bitte gleich klar angeben.',
    ],
    wrong_item: [
      '128-GB-Version bestellt, 64 GB bekommen. Jetzt darf ich wieder zur Post und alles zurückschicken.',
      'Ein völlig anderes Modell geliefert. Auf dem Karton Redmi Note 9, drin ein Note 8.',
      'falsche farbe UND falsche größe. hat beim packen überhaupt jemand auf die bestellung geschaut?',
    ],
    damaged_item: [
      'Karton kam zerdrückt an und das Display hat einen Sprung in der Ecke. Verpackt in einer dünnen Tüte, keine Luftpolsterfolie.',
      'Wasserkocher kam mit einer Delle an, der Deckel schließt nicht mehr richtig. Egal ob Lager oder Transport – bitte besser verpacken.',
      'Rückseite voller Kratzer, sieht gebraucht aus, obwohl ich für Neuware bezahlt habe.',
    ],
    defective_item: [
      'Nach neun Tagen kaputt. Geht einfach nicht mehr an.',
      'Schon beim Auspacken defekt: schaltet sich von selbst aus und startet neu.',
      'Hat einen Monat funktioniert, dann war Schluss. Für den Preis hätte ich deutlich mehr erwartet.',
    ],
    description_mismatch: [
      'In der Beschreibung stand wasserdicht, laut Anleitung nur spritzwassergeschützt. Fürs Schwimmbad ein großer Unterschied.',
      'Auf den Fotos ein Metallgehäuse, geliefert wurde silbern lackiertes Plastik. Nicht das, was beschrieben war.',
      "Als neu verkauft, aber die Verpackung war geöffnet und innen klebte ein 'refurbished'-Aufkleber.",
    ],
    rude_service: [
      'Ich habe nur nach der Garantie gefragt, und der Verkäufer hat geantwortet, als würde ich ihn belästigen. Unfreundlich und herablassend.',
      "Am Telefon hieß es, das sei 'mein Problem', dann wurde einfach aufgelegt. Nie wieder.",
      'Der Verkäufer war im Chat schnippisch und von oben herab. Produkt passt, der Umgangston nicht.',
    ],
    refund_problem: [
      "Artikel vor drei Wochen zurückgeschickt, Geld immer noch nicht da. Jedes Mal heißt es 'demnächst'.",
      'Die Rücksendung wurde angenommen, aber sie haben 20 € weniger erstattet, als ich bezahlt habe – ohne Begründung.',
      'Mein Geld zurückzubekommen war ein Albtraum: fünf Mails, zwei Anrufe, und ich warte immer noch.',
    ],
    other: [
      'Auf der Rechnung standen Name und Adresse einer fremden Person. Da fragt man sich, wie die mit meinen Daten umgehen.',
      'Nach dem Kauf wurde ich mit Werbe-SMS zugeschüttet. Dem habe ich nie zugestimmt.',
      'Kann nicht genau sagen, was schiefgelaufen ist, aber der ganze Kauf hat sich irgendwie komisch angefühlt. Würde ich nicht wiederholen.',
    ],
  },
  defectiveByComponent: {
    battery: [
      'Der Akku fällt in etwa drei Stunden von 100 auf 20 Prozent, obwohl ich das Gerät kaum benutze.',
      'Nach zwei Wochen hat sich der Akku aufgebläht, die Rückseite hebt sich ab. Ziemlich beängstigend.',
      'akku ist vor dem mittag leer, akkuzustand 78 %. neu ist das sicher nicht',
    ],
    screen: [
      'Am dritten Tag ist eine grüne Linie auf dem Display aufgetaucht, und sie wird breiter.',
      'Der untere Teil des Bildschirms reagiert nicht auf Berührung, Tippen ist unmöglich.',
      'Toter Pixel mitten im Display, auf weißem Hintergrund sehr auffällig.',
    ],
    charger: [
      'Das mitgelieferte Netzteil wird extrem heiß und lädt nach einer Woche gar nicht mehr.',
      'Ladegerät funktioniert überhaupt nicht, musste mir am ersten Tag ein eigenes kaufen.',
      'Die Ladebuchse wackelt, es lädt nur, wenn man das Kabel schräg hält.',
    ],
    camera: [
      'Die Hauptkamera stellt nicht scharf, alle Fotos sind verschwommen.',
      'Die Kamera-App stürzt mit schwarzem Bild ab, sobald man auf Weitwinkel umschaltet.',
      'Im Kameraobjektiv ist ein Staubkorn, man sieht es auf jedem Foto.',
    ],
    speaker: [
      'Der Lautsprecher knarzt, sobald die Lautstärke über die Hälfte geht. Musik hören unmöglich.',
      'Anrufer sind kaum zu verstehen, die Hörmuschel ist leise und verzerrt.',
      'Der linke Ohrhörer gibt nach ein paar Tagen keinen Ton mehr von sich.',
    ],
    keyboard: [
      'Mehrere Tasten klemmen und die Leertaste reagiert nur, wenn man genau in der Mitte drückt.',
      'Die Tastaturbeleuchtung geht nicht und die E-Taste schreibt doppelt.',
      'Nach einer Woche hat die halbe obere Tastenreihe den Geist aufgegeben.',
    ],
    other: [
      'Wird schon bei einfachen Sachen brutal heiß und schaltet sich dann ab.',
      'Der Knopf ist nach ein paar Tagen ganz normaler Nutzung abgebrochen.',
      'Innen klackert es komisch und ab und zu friert das Gerät einfach ein.',
    ],
  },
  positive: [
    'Am nächsten Tag da, gut verpackt, funktioniert einwandfrei. Gerne wieder.',
    'Top Verkäufer! Alle Fragen schnell beantwortet, Handy genau wie beschrieben.',
    'Alles bestens, danke.',
    'Schneller Versand, Originalware, fairer Preis. Klare Empfehlung.',
    'Schon mein zweiter Kauf hier und wieder völlig problemlos.',
    'Der Verkäufer hat zehn Minuten nach der Bestellung angerufen, um sie zu bestätigen. Sehr professionell.',
    'Mit dem Laptop bin ich sehr zufrieden, der Akku hält den ganzen Tag. Lieferung schneller als gedacht.',
    'Gute Qualität, ordentlich verpackt und sogar eine kleine Aufmerksamkeit dabei :)',
    'Alles gut, Artikel wie auf den Fotos.',
    'Ausgezeichneter Service. Man hat mir geholfen, das richtige Modell zu finden, und alle Fragen geduldig beantwortet.',
  ],
  mixed: [
    'Für den Preis in Ordnung. Die Lieferung hat etwas länger gedauert als erhofft, aber nicht dramatisch.',
    'Funktioniert bisher gut. Die Verpackung könnte besser sein, der Karton war etwas eingedrückt.',
    'Ordentliche Kopfhörer, aber der Klang ist nicht so voll, wie ich nach den Bewertungen erwartet hatte.',
    'Durchschnittlich. Nichts wirklich falsch, aber auch nichts Besonderes.',
    'Musste zweimal anrufen, bis die Bestellung bestätigt wurde, danach lief alles glatt.',
  ],
  sellerComments: [
    'Danke für den Hinweis, und es tut uns leid. Wir haben Sie angerufen, um einen Austausch auf unsere Kosten zu vereinbaren. Ab sofort prüfen wir jedes Gerät vor dem Versand.',
    'Entschuldigen Sie bitte die Wartezeit. Wir haben die Bestellbestätigung umgestellt: Jede Bestellung bekommt jetzt innerhalb einer Arbeitsstunde einen Anruf oder eine SMS. Schreiben Sie uns im Chat, wir kümmern uns noch heute um Ihre Bestellung.',
    'Das tut uns leid. Die Erstattung ist heute rausgegangen und sollte in 1–3 Bankarbeitstagen auf Ihrem Konto sein. Bestand und Preis auf der Produktseite sind jetzt aktuell.',
    'Danke für das ehrliche Feedback. Wir haben im Team besprochen, wie wir mit Kunden kommunizieren. Wir möchten das gern wiedergutmachen – bitte melden Sie sich beim Kundenservice mit Ihrer Bestellnummer.',
    'Schade, dass der Artikel nicht der Beschreibung entsprach. Wir haben Fotos und Text korrigiert und nehmen den Artikel gern zurück; die Rücksendekosten übernehmen wir.',
  ],
  updates: [
    'UPDATE: Der Verkäufer hat am nächsten Tag angerufen und das Gerät getauscht, das neue läuft einwandfrei. Ich erhöhe meine Bewertung.',
    'Nachtrag: Geld ist wieder auf dem Konto, danke fürs Klären.',
    'Edit: Sie haben sich entschuldigt und das fehlende Teil auf eigene Kosten nachgeschickt. Jetzt passt alles.',
  ],
  contacts: [
    'Hallo, ist die 128-GB-Version vorrätig? Ich bräuchte sie diese Woche.',
    'Wann wird meine Bestellung verschickt? Es sind schon zwei Tage vergangen.',
    'Können Sie mir bitte die Sendungsnummer schicken?',
    'Ist bei diesem Modell ein Ladegerät dabei?',
    'Ich möchte den Artikel zurückgeben, wie gehe ich vor?',
  ],
  authors: [
    'Lukas',
    'Julia S.',
    'Stefan M.',
    'Anna',
    'Markus B.',
    'Sabine K.',
    'Florian',
    'Katrin W.',
    'Jonas H.',
    'Petra',
  ],
};
