import type { ReviewTexts } from './types.ts';

export const it: ReviewTexts = {
  negative: {
    out_of_stock: [
      "Ho pagato l'ordine e dopo due giorni mi scrivono che il prodotto non è disponibile. Allora perché lo mostrate come disponibile?",
      "Ordinato in blu, mi chiamano e dicono che c'è solo nero. Sul sito il blu risulta ancora disponibile.",
      'Una settimana di attesa solo per sapere che il prodotto era esaurito. I soldi sono tornati, ma il tempo perso no.',
      "non disponibile anche se sulla pagina c'è scritto 'disponibile'. aggiornate le giacenze per favore",
    ],
    price_changed: [
      "Sul sito il prezzo era 129 €, dopo l'ordine il venditore mi dice che ora costa 149 € e che devo pagare la differenza. Non si fa così.",
      "Ordinato durante l'offerta, poi mi chiamano per dire che l'offerta è scaduta e il prezzo è più alto. Ho annullato.",
      "Le cuffie vanno bene, ma in fattura c'era un importo più alto di quello dell'annuncio. Ho pagato perché mi servivano subito, però che amarezza.",
    ],
    no_response_to_order: [
      "Fatto l'ordine e poi il nulla. Nessuna conferma, nessuna email, nessuna telefonata per quattro giorni. Ho annullato.",
      'Nessuno ha mai confermato il mio ordine. Ho scritto due volte in chat, zero risposte. Ma il negozio è ancora attivo?',
      "ordine fermo 3 giorni su 'nuovo', dovevano richiamarmi e niente. comprato altrove",
    ],
    slow_communication: [
      "Per ogni domanda dovevo aspettare due o tre giorni. Il prodotto è buono, ma avere informazioni è stata un'impresa.",
      'Ho chiesto il numero di tracking lunedì, mi hanno risposto venerdì. Troppo lenti.',
      'Assistenza lentissima, ho dovuto sollecitare quattro volte prima che qualcuno mi dicesse quando avrebbero spedito.',
    ],
    delivery_late: [
      'Spedizione promessa per il giorno dopo, il pacco è partito dal magazzino una settimana più tardi. Era un regalo di compleanno, arrivato in ritardo.',
      'La consegna ha richiesto quasi due settimane invece dei 2-3 giorni indicati.',
      'Il prodotto va bene, ma è arrivato così tardi che nel frattempo ne avevo comprato un altro in negozio.',
      'spedito 5 giorni dopo la data promessa senza nessun avviso',
    ],
    delivery_cost: [
      'Nessuno mi ha detto che la spedizione costava quasi 15 €. Per una cover da 12 € è più del prodotto stesso.',
      "Nella descrizione c'era scritto spedizione gratuita, invece al ritiro ho dovuto pagare. Non è corretto.",
      "Prodotto discreto, ma le spese di spedizione sono state una brutta sorpresa. Indicatele chiaramente fin dall'inizio.",
    ],
    wrong_item: [
      'Ho ordinato la versione da 128 GB e mi è arrivata quella da 64. Adesso devo tornare in posta per rispedirla.',
      'Arrivato un modello completamente diverso: sulla scatola Redmi Note 9, dentro un Note 8.',
      "colore sbagliato E taglia sbagliata. qualcuno ha guardato l'ordine prima di fare il pacco?",
    ],
    damaged_item: [
      'Scatola schiacciata e schermo crepato in un angolo. Imballato in una bustina sottile, senza pluriball.',
      'Il bollitore è arrivato ammaccato e il coperchio non si chiude bene. Magazzino o corriere, poco importa: imballate meglio.',
      "Scocca posteriore piena di graffi, sembra usato anche se l'ho pagato come nuovo.",
    ],
    defective_item: [
      'Dopo nove giorni ha smesso di funzionare. Semplicemente non si accende più.',
      'Difettoso appena aperto: si spegne da solo e si riavvia di continuo.',
      'Ha funzionato un mese e poi è morto. A questo prezzo mi aspettavo che durasse molto di più.',
    ],
    description_mismatch: [
      "Nella descrizione c'era scritto impermeabile, nel manuale solo resistente agli schizzi. In piscina fa una bella differenza.",
      'Nelle foto la scocca è in metallo, è arrivata plastica verniciata color argento. Non è quello descritto.',
      "Venduto come nuovo, ma la scatola era già aperta e dentro c'era un adesivo 'ricondizionato'.",
    ],
    rude_service: [
      'Ho fatto solo una domanda sulla garanzia e il venditore mi ha risposto come se gli dessi fastidio. Scortese e arrogante.',
      "Al telefono mi hanno detto che era 'un problema mio' e hanno riattaccato. Mai più.",
      "In chat il venditore è stato sarcastico e supponente. Il prodotto va bene, l'atteggiamento no.",
    ],
    refund_problem: [
      "Ho restituito il prodotto tre settimane fa e il rimborso ancora non si vede. Ogni volta mi dicono 'a breve'.",
      'Hanno accettato il reso ma mi hanno rimborsato 20 € in meno di quanto ho pagato, senza spiegazioni.',
      'Riavere i miei soldi è stato un incubo: cinque email, due telefonate e sto ancora aspettando.',
    ],
    other: [
      "In fattura c'erano nome e indirizzo di un'altra persona. Mi chiedo come trattino i miei dati.",
      "Dopo l'acquisto mi hanno sommersa di SMS pubblicitari. Non ho mai dato il consenso.",
      "Non saprei dire cosa esattamente non andava, ma tutta l'esperienza mi ha lasciato una brutta sensazione. Non ripeterei.",
    ],
  },
  defectiveByComponent: {
    battery: [
      'La batteria passa dal 100 al 20 per cento in circa tre ore, quasi senza usarlo.',
      'Dopo due settimane la batteria si è gonfiata e la scocca posteriore si sta staccando. Fa paura.',
      'batteria scarica prima di pranzo, stato batteria 78%. questo non è nuovo',
    ],
    screen: [
      'Al terzo giorno è comparsa una riga verde sullo schermo e si sta allargando.',
      'La parte bassa del display non risponde al tocco, impossibile scrivere.',
      'Pixel bruciato al centro dello schermo, su sfondo bianco si vede benissimo.',
    ],
    charger: [
      'Il caricabatterie in dotazione scalda tantissimo e dopo una settimana non carica più.',
      'Il caricatore non funziona proprio, il primo giorno ho dovuto comprarne uno.',
      'La porta di ricarica balla, carica solo tenendo il cavo inclinato.',
    ],
    camera: [
      'La fotocamera posteriore non mette a fuoco, tutte le foto vengono sfocate.',
      "L'app della fotocamera si blocca con schermo nero ogni volta che passo al grandangolo.",
      "C'è un granello di polvere dentro l'obiettivo della fotocamera, si vede in ogni foto.",
    ],
    speaker: [
      "L'altoparlante gracchia appena il volume supera la metà. Impossibile ascoltare musica.",
      'Chi mi chiama si sente appena, la capsula auricolare è debole e distorce.',
      "Dopo pochi giorni l'auricolare sinistro non emette più alcun suono.",
    ],
    keyboard: [
      'Diversi tasti si bloccano e la barra spaziatrice funziona solo se premuta al centro.',
      'La retroilluminazione della tastiera non funziona e il tasto E scrive due volte.',
      'Dopo una settimana metà della fila superiore di tasti ha smesso di rispondere.',
    ],
    other: [
      'Scalda da matti anche con operazioni semplici e poi si spegne.',
      'Il pulsante si è staccato dopo pochi giorni di uso normale.',
      'Dentro fa uno strano ticchettio e ogni tanto si blocca del tutto.',
    ],
  },
  positive: [
    'Arrivato il giorno dopo, imballato bene, funziona perfettamente. Ricomprerò.',
    'Venditore fantastico! Ha risposto subito a tutte le domande e il telefono è esattamente come descritto.',
    'Tutto ok, grazie.',
    'Spedizione veloce, prodotto originale, prezzo onesto. Consigliatissimo.',
    'Secondo acquisto in questo negozio e ancora nessun problema.',
    "Il venditore mi ha chiamato dieci minuti dopo l'ordine per confermarlo, molto professionale.",
    'Contentissimo del portatile, la batteria dura tutto il giorno. Consegna più rapida del previsto.',
    'Ottima qualità, imballaggio curato e pure un piccolo omaggio :)',
    'Tutto a posto, articolo come nelle foto.',
    'Servizio eccellente. Mi hanno aiutata a scegliere il modello giusto e hanno risposto con pazienza a tutte le mie domande.',
  ],
  mixed: [
    "Per il prezzo va bene. La consegna ha richiesto un po' più del previsto, ma niente di grave.",
    "Per ora funziona bene. L'imballaggio potrebbe essere migliore, la scatola era un po' ammaccata.",
    'Cuffie discrete, ma il suono non è così pieno come mi aspettavo leggendo le recensioni.',
    'Nella media. Niente di sbagliato, ma nemmeno niente di speciale.',
    "Ho dovuto chiamare due volte per far confermare l'ordine, poi tutto è filato liscio.",
  ],
  sellerComments: [
    "Grazie per la segnalazione e ci scusiamo. L'abbiamo contattata telefonicamente per organizzare la sostituzione a nostre spese. Da ora controlliamo ogni dispositivo prima della spedizione.",
    "Ci scusiamo per l'attesa. Abbiamo cambiato il modo di confermare gli ordini: ogni ordine riceve ora una chiamata o un SMS entro un'ora lavorativa. Ci scriva in chat, sistemiamo il suo ordine oggi stesso.",
    "Ci dispiace per l'accaduto. Il rimborso è partito oggi e sarà visibile entro 1–3 giorni lavorativi. Abbiamo aggiornato disponibilità e prezzo sulla pagina del prodotto.",
    "Grazie per il feedback sincero. Abbiamo parlato con il team del modo in cui comunichiamo con i clienti. Vorremmo rimediare: contatti l'assistenza indicando il numero d'ordine.",
    "Ci dispiace che l'articolo non corrispondesse alla descrizione. Abbiamo corretto foto e testo e riprendiamo volentieri l'articolo, pagando noi la spedizione di reso.",
  ],
  updates: [
    'AGGIORNAMENTO: il venditore mi ha chiamato il giorno dopo e ha sostituito il prodotto, il nuovo funziona benissimo. Alzo il voto.',
    'Aggiornamento: rimborso arrivato sulla carta, grazie per aver risolto.',
    'Edit: si sono scusati e hanno spedito il pezzo mancante a loro spese. Ora va molto meglio.',
  ],
  contacts: [
    'Buongiorno, la versione da 128 GB è disponibile? Mi servirebbe entro questa settimana.',
    'Quando verrà spedito il mio ordine? Sono già passati due giorni.',
    'Potete mandarmi il numero di tracking, per favore?',
    'Il caricabatterie è incluso con questo modello?',
    "Vorrei restituire l'articolo, cosa devo fare?",
  ],
  authors: [
    'Marco',
    'Giulia R.',
    'Luca B.',
    'Francesca',
    'Alessandro M.',
    'Chiara',
    'Davide C.',
    'Sara L.',
    'Matteo',
    'Valentina P.',
  ],
};
