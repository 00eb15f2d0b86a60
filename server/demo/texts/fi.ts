import type { ReviewTexts } from './types.ts';

export const fi: ReviewTexts = {
  negative: {
    out_of_stock: [
      "Maksoin tilauksen ja kahden päivän päästä tuli viesti, että tuotetta ei ole varastossa. Miksi sivulla sitten lukee 'varastossa'?",
      'Tilasin valkoisen, soittivat että vain musta on jäljellä. Sivuilla valkoinen näkyy edelleen saatavana.',
      'Odotin viikon vain kuullakseni, että tuote on loppu. Rahat palautettiin, mutta aikaa meni hukkaan.',
      'ei ollukaan varastossa vaikka sivulla niin luki. päivittäkää saldot kuntoon',
    ],
    price_changed: [
      'Sivulla hinta oli 129 €, mutta tilauksen jälkeen myyjä ilmoitti hinnan nousseen 149 euroon ja pyysi maksamaan erotuksen. Ei näin.',
      'Tilasin tarjoushintaan, sitten soitettiin että tarjous on päättynyt ja hinta on korkeampi. Peruin tilauksen.',
      'Kuulokkeet ovat ihan ok, mutta laskulla oli isompi summa kuin ilmoituksessa. Maksoin kun tarvitsin ne heti, mutta jäi huono maku.',
    ],
    no_response_to_order: [
      'Tein tilauksen eikä siitä kuulunut mitään. Ei vahvistusta, ei sähköpostia, ei puhelua neljään päivään. Peruin.',
      'Kukaan ei vahvistanut tilausta. Kirjoitin chattiin kahdesti, ei vastausta. Onko koko kauppa edes toiminnassa?',
      "tilaus oli 3 päivää tilassa 'uusi', piti soittaa takaisin mutta ei soitettu. ostin muualta",
    ],
    slow_communication: [
      'Jokaiseen kysymykseen vastattiin vasta kahden tai kolmen päivän päästä. Tuote on ok, mutta tiedon saaminen oli tuskaa.',
      'Kysyin seurantanumeroa maanantaina ja vastaus tuli perjantaina. Aivan liian hidasta.',
      'Asiakaspalvelu on tosi hidas. Piti kirjoittaa neljä kertaa ennen kuin joku kertoi, milloin paketti lähtee.',
    ],
    delivery_late: [
      'Luvattiin lähettää seuraavana päivänä, mutta paketti lähti varastosta vasta viikon päästä. Syntymäpäivälahja myöhästyi.',
      'Toimitus kesti lähes kaksi viikkoa, vaikka luvattiin 2–3 arkipäivää.',
      'Tuote on hyvä, mutta se tuli niin myöhään, että ehdin jo ostaa toisen kaupasta. Nyt minulla on kaksi.',
      'lähetettiin 5 päivää myöhässä eikä asiasta ilmoitettu mitään',
    ],
    delivery_cost: [
      'Kukaan ei kertonut, että toimitus maksaa lähes 15 euroa. Suojakuori maksoi 12 euroa, joten postikulut olivat kalliimmat kuin itse tuote.',
      'Kuvauksessa luvattiin ilmainen toimitus noutopisteeseen, mutta jouduin maksamaan lisää. Ei reilua.',
      'Tuote on ihan kelvollinen, mutta postikulut olivat ikävä yllätys. Kertokaa toimitusmaksu heti alussa.',
    ],
    wrong_item: [
      'Tilasin 128 Gt:n version ja sain 64 Gt:n. Nyt pitää taas lähteä postiin palauttamaan.',
      'Tuli aivan eri malli kuin mistä maksoin. Laatikossa luki Redmi Note 9, sisällä oli Note 8.',
      'väärä väri ja väärä koko. katsoiko kukaan edes tilausta pakatessa?',
    ],
    damaged_item: [
      'Laatikko oli ruttuun painunut ja näytössä halkeama kulmassa. Pakattu ohueen pussiin ilman kuplamuovia.',
      'Vedenkeitin tuli lommolla ja kansi ei mene kunnolla kiinni. Oli vika sitten varastossa tai kuljetuksessa, pakatkaa paremmin.',
      'Takakansi täynnä naarmuja, näyttää käytetyltä vaikka maksoin uudesta.',
    ],
    defective_item: [
      'Lakkasi toimimasta yhdeksän päivän jälkeen. Ei vain enää käynnisty.',
      'Viallinen heti paketista: sammuu itsestään ja käynnistyy uudelleen.',
      'Toimi kuukauden ja sitten hajosi. Tähän hintaan odotin, että kestää paljon pidempään.',
    ],
    description_mismatch: [
      'Kuvauksessa sanottiin vedenpitävä, mutta ohjeessa lukee vain roiskeenkestävä. Uimahallissa se on iso ero.',
      'Kuvissa metallirunko, mutta tuli hopeaksi maalattua muovia. Ei lainkaan sitä mitä kuvattiin.',
      "Piti olla uusi, mutta laatikko oli avattu ja sisällä oli 'kunnostettu'-tarra.",
    ],
    rude_service: [
      'Kysyin vain takuusta, ja myyjä vastasi kuin olisin häiriöksi. Tylyä ja ylimielistä.',
      "Puhelimessa sanottiin, että se on 'minun ongelmani', ja puhelu katkaistiin. En osta täältä enää.",
      'Myyjä oli chatissa piikikäs ja alentuva. Tuote on kunnossa, asenne ei.',
    ],
    refund_problem: [
      "Palautin tuotteen kolme viikkoa sitten, eikä rahoja ole vieläkään näkynyt. Joka kerta sanotaan 'pian'.",
      'Palautus hyväksyttiin, mutta rahaa palautettiin 20 euroa vähemmän kuin maksoin, eikä mitään selitystä.',
      'Rahojen takaisin saaminen oli painajainen: viisi sähköpostia, kaksi puhelua ja odotan yhä.',
    ],
    other: [
      'Laskussa oli jonkun toisen nimi ja osoite. Mietityttää, miten ne käsittelevät minun tietojani.',
      'Oston jälkeen tekstiviestimainoksia on tullut tulvimalla. En ole antanut siihen lupaa.',
      'En osaa sanoa yhtä tiettyä asiaa, mutta koko ostokokemus jäi jotenkin huonoksi. En tilaa uudestaan.',
    ],
  },
  defectiveByComponent: {
    battery: [
      'Akku tyhjenee sadasta kahteenkymmeneen prosenttiin noin kolmessa tunnissa, vaikka laitetta ei juuri käytä.',
      'Kahden viikon päästä akku turposi ja takakansi nousee irti. Pelottaa pitää kädessä.',
      'akku loppuu jo ennen lounasta ja akun kunto 78 %. ei tää oo uusi',
    ],
    screen: [
      'Kolmantena päivänä näyttöön ilmestyi vihreä viiva, ja se levenee koko ajan.',
      'Näytön alaosa ei reagoi kosketukseen, kirjoittaminen on mahdotonta.',
      'Kuollut pikseli keskellä näyttöä, valkoisella taustalla tosi näkyvä.',
    ],
    charger: [
      'Mukana tullut laturi kuumenee todella paljon ja lakkasi lataamasta viikon jälkeen.',
      'Laturi ei toimi ollenkaan, jouduin ostamaan oman heti ensimmäisenä päivänä.',
      'Latausportti heiluu, lataus toimii vain jos johtoa pitää vinossa.',
    ],
    camera: [
      'Takakamera ei tarkenna, kaikki kuvat ovat sumeita.',
      'Kamerasovellus kaatuu mustaan ruutuun aina kun vaihtaa laajakulmaan.',
      'Kameran linssin sisällä on pölyhiukkanen, joka näkyy jokaisessa kuvassa.',
    ],
    speaker: [
      'Kaiutin rätisee heti kun äänenvoimakkuus on yli puolen. Musiikkia ei voi kuunnella.',
      'Soittajaa tuskin kuulee, kuuloke on hiljainen ja ääni säröilee.',
      'Vasemmasta nappikuulokkeesta lakkasi tulemasta ääntä muutaman päivän jälkeen.',
    ],
    keyboard: [
      'Useat näppäimet jumittavat ja välilyönti toimii vain, jos painaa ihan keskeltä.',
      'Näppäimistön taustavalo ei toimi ja E-kirjain tulostuu kahdesti.',
      'Viikon jälkeen puolet ylärivin näppäimistä lakkasi toimimasta.',
    ],
    other: [
      'Kuumenee hirveästi jo kevyessä käytössä ja sammuu sitten.',
      'Virtanappi irtosi muutaman päivän normaalin käytön jälkeen.',
      'Sisältä kuuluu outoa naksutusta ja välillä laite vain jumittuu.',
    ],
  },
  positive: [
    'Paketti oli noutopisteessä seuraavana päivänä, hyvin pakattu ja kaikki toimii. Ostan uudestaankin.',
    'Loistava myyjä! Vastasi kaikkiin kysymyksiin nopeasti ja puhelin oli juuri kuvauksen mukainen.',
    'Kaikki hyvin, kiitos.',
    'Nopea toimitus, aito tuote ja reilu hinta. Suosittelen lämpimästi.',
    'Toinen ostokseni tästä kaupasta, eikä taaskaan mitään ongelmia.',
    'Myyjä soitti kymmenen minuutin päästä tilauksesta ja vahvisti sen. Todella ammattimaista.',
    'Läppäriin olen tyytyväinen, akku kestää koko päivän. Toimitus tuli odotettua nopeammin.',
    'Hyvä laatu, huolellisesti pakattu ja mukana vielä pieni yllätyslahja :)',
    'Kaikki ok, tuote kuten kuvissa.',
    'Erinomaista palvelua. Auttoivat valitsemaan oikean mallin ja vastasivat kärsivällisesti kaikkiin kysymyksiini.',
  ],
  mixed: [
    'Hintaansa nähden ok. Toimitus kesti vähän toivottua kauemmin, mutta ei mitään kamalaa.',
    'Toistaiseksi toimii hyvin. Pakkaus olisi voinut olla parempi, laatikko oli vähän lytyssä.',
    'Ihan kelvolliset kuulokkeet, mutta ääni ei ole niin täyteläinen kuin arvostelujen perusteella odotin.',
    'Keskinkertainen. Ei mitään vikaa, mutta ei mitään erityistäkään.',
    'Piti soittaa kahdesti, että tilaus vahvistettiin, mutta sen jälkeen kaikki sujui hyvin.',
  ],
  sellerComments: [
    'Kiitos, että kerroit tästä, ja pahoittelemme. Soitimme sinulle ja sovimme vaihdosta meidän kustannuksellamme. Tarkistamme nyt jokaisen laitteen ennen lähetystä.',
    'Pahoittelemme odotusta. Olemme muuttaneet tilausten vahvistamista: jokainen tilaus vahvistetaan nyt puhelulla tai tekstiviestillä tunnin sisällä arkipäivisin. Kirjoita meille chattiin, niin hoidamme tilauksesi tänään.',
    'Olemme pahoillamme tapahtuneesta. Hyvitys lähti tänään, ja sen pitäisi näkyä tililläsi 1–3 pankkipäivän kuluessa. Päivitimme tuotesivun saldon ja hinnan.',
    'Kiitos rehellisestä palautteesta. Olemme käyneet tiimin kanssa läpi, miten viestimme asiakkaiden kanssa. Haluaisimme korjata tilanteen — ota yhteyttä asiakaspalveluun ja mainitse tilausnumerosi.',
    'Harmillista, ettei tuote vastannut kuvausta. Korjasimme kuvat ja kuvauksen, ja otamme tuotteen mielellämme takaisin palautuskulut maksaen.',
  ],
  updates: [
    'PÄIVITYS: myyjä soitti seuraavana päivänä ja vaihtoi laitteen, uusi toimii moitteetta. Nostan arviota.',
    'Päivitys: rahat tulivat takaisin tilille, kiitos että asia hoidettiin.',
    'Lisäys: pyysivät anteeksi ja lähettivät puuttuvan osan omalla kustannuksellaan. Nyt kaikki kunnossa.',
  ],
  contacts: [
    'Hei, onko 128 Gt:n versiota varastossa? Haluaisin sen vielä tällä viikolla.',
    'Milloin tilaukseni lähetetään? On mennyt jo kaksi päivää.',
    'Voisitteko lähettää seurantanumeron?',
    'Tuleeko tämän mallin mukana laturi?',
    'Haluaisin palauttaa tuotteen, miten toimin?',
  ],
  authors: [
    'Mikko',
    'Laura H.',
    'Jussi K.',
    'Anna-Maria',
    'Timo L.',
    'Sanna',
    'Juha V.',
    'Elina',
    'Antti R.',
    'Heidi M.',
  ],
};
