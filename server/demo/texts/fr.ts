import type { ReviewTexts } from './types.ts';

export const fr: ReviewTexts = {
  negative: {
    out_of_stock: [
      "J'ai payé la commande et deux jours plus tard on m'annonce que l'article n'est plus en stock. Pourquoi l'afficher comme disponible ?",
      "Commandé en bleu, on m'appelle pour me dire qu'il ne reste que du noir. Sur le site, le bleu est toujours marqué en stock.",
      "Une semaine d'attente pour apprendre que le produit est en rupture. Le remboursement est arrivé, mais j'ai perdu mon temps.",
      'rupture de stock alors que la fiche dit dispo... mettez vos stocks à jour svp',
    ],
    price_changed: [
      "Le prix affiché était de 129 €, après la commande le vendeur m'a dit que c'était 149 € et qu'il fallait payer la différence. Inadmissible.",
      "Commandé pendant la promo, puis on m'appelle pour dire que la promo est finie et que le prix a augmenté. J'ai annulé.",
      "Le casque est correct, mais la facture était plus élevée que le prix de l'annonce. J'ai payé parce que j'en avais besoin vite, mais ça laisse un goût amer.",
    ],
    no_response_to_order: [
      "Commande passée et puis plus rien. Pas de confirmation, pas de mail, pas d'appel pendant quatre jours. J'ai annulé.",
      "Personne n'a jamais confirmé ma commande. J'ai écrit deux fois sur le chat, aucune réponse. La boutique existe encore ?",
      "commande restée 3 jours en 'nouvelle', on devait me rappeler, jamais eu de nouvelles. acheté ailleurs",
    ],
    slow_communication: [
      'Il fallait deux ou trois jours pour obtenir une réponse à chaque question. Le produit est bien, mais quelle galère pour avoir une info.',
      "J'ai demandé le numéro de suivi lundi, réponse vendredi. Beaucoup trop lent.",
      "Service client très lent, j'ai dû relancer quatre fois avant qu'on me dise quand le colis partirait.",
    ],
    delivery_late: [
      "Expédition promise le lendemain, le colis est parti de l'entrepôt une semaine après. C'était pour un anniversaire, raté.",
      'Livraison en presque deux semaines au lieu des 2-3 jours annoncés.',
      "Le produit est bien, mais il est arrivé tellement tard que j'en avais déjà acheté un autre en magasin.",
      'expédié 5 jours après la date prévue, sans aucun message pour prévenir',
    ],
    delivery_cost: [
      "Personne ne m'a dit que la livraison coûterait presque 15 €. Pour une coque à 12 €, c'est plus cher que l'article.",
      "La description parlait de livraison gratuite en point relais, et j'ai dû payer un supplément. Pas honnête.",
      'Le produit est correct, mais les frais de port ont été une mauvaise surprise. Indiquez-les clairement dès le départ.',
    ],
    wrong_item: [
      "J'ai commandé la version 128 Go et reçu la 64 Go. Je dois retourner à La Poste pour la renvoyer.",
      "Reçu un modèle complètement différent : Redmi Note 9 sur la boîte, Note 8 à l'intérieur.",
      "mauvaise couleur ET mauvaise taille. quelqu'un a regardé la commande avant d'emballer ?",
    ],
    damaged_item: [
      "Carton écrasé à l'arrivée et écran fissuré dans le coin. Emballé dans une simple pochette, sans papier bulle.",
      "La bouilloire est arrivée cabossée et le couvercle ne ferme plus. Que ce soit à l'entrepôt ou pendant le transport, emballez mieux.",
      "Coque arrière rayée de partout, on dirait un produit d'occasion alors que j'ai payé du neuf.",
    ],
    defective_item: [
      "Ne fonctionne plus au bout de neuf jours. Il ne s'allume plus, tout simplement.",
      "Défectueux dès le déballage : il s'éteint tout seul et redémarre en boucle.",
      "A marché un mois puis plus rien. À ce prix-là, je m'attendais à ce qu'il dure bien plus longtemps.",
    ],
    description_mismatch: [
      'La fiche indiquait étanche, la notice dit seulement résistant aux éclaboussures. Pour la piscine, ça change tout.',
      'Sur les photos, boîtier en métal ; en vrai, du plastique peint couleur argent. Rien à voir avec la description.',
      "Annoncé neuf, mais la boîte avait été ouverte et il y avait un autocollant « reconditionné » à l'intérieur.",
    ],
    rude_service: [
      "J'ai simplement posé une question sur la garantie et le vendeur m'a répondu comme si je le dérangeais. Désagréable et méprisant.",
      "Au téléphone on m'a dit que c'était « mon problème » avant de me raccrocher au nez. Plus jamais.",
      "Le vendeur a été sarcastique et condescendant sur le chat. Le produit va bien, l'attitude non.",
    ],
    refund_problem: [
      'Article renvoyé il y a trois semaines, toujours pas remboursé. À chaque relance, on me répond « bientôt ».',
      "Ils ont accepté le retour mais m'ont remboursé 20 € de moins que ce que j'ai payé, sans explication.",
      "Me faire rembourser a été un cauchemar : cinq mails, deux appels, et j'attends toujours.",
    ],
    other: [
      "La facture portait le nom et l'adresse de quelqu'un d'autre. Ça fait réfléchir sur la gestion de mes données.",
      "Après l'achat j'ai été bombardée de SMS publicitaires. Je n'ai jamais donné mon accord.",
      "Difficile de dire exactement ce qui n'allait pas, mais l'expérience dans son ensemble m'a laissé une mauvaise impression. Je ne recommanderai pas.",
    ],
  },
  defectiveByComponent: {
    battery: [
      'La batterie passe de 100 à 20 % en trois heures environ, presque sans utilisation.',
      'Au bout de deux semaines la batterie a gonflé et la coque arrière se soulève. Ça fait peur.',
      "batterie à plat avant midi, état de la batterie 78 %. c'est pas du neuf ça",
    ],
    screen: [
      "Une ligne verte est apparue sur l'écran au troisième jour et elle s'élargit.",
      "Le bas de l'écran ne répond plus au toucher, impossible de taper un message.",
      "Pixel mort au milieu de l'écran, très visible sur fond blanc.",
    ],
    charger: [
      "Le chargeur fourni chauffe énormément et a arrêté de charger au bout d'une semaine.",
      "Le chargeur ne marche pas du tout, j'ai dû en acheter un dès le premier jour.",
      'Le port de charge a du jeu, ça ne charge que si on tient le câble de travers.',
    ],
    camera: [
      "L'appareil photo arrière ne fait pas la mise au point, toutes les photos sont floues.",
      "L'appli photo plante avec un écran noir dès qu'on passe au grand angle.",
      "Il y a une poussière à l'intérieur de l'objectif, on la voit sur chaque photo.",
    ],
    speaker: [
      "Le haut-parleur grésille dès qu'on dépasse la moitié du volume. Impossible d'écouter de la musique.",
      "On entend à peine mes correspondants, l'écouteur est faible et le son déformé.",
      "L'écouteur gauche ne donne plus aucun son après quelques jours.",
    ],
    keyboard: [
      "Plusieurs touches accrochent et la barre d'espace ne marche que si on appuie au centre.",
      'Le rétroéclairage du clavier ne fonctionne pas et la touche E tape deux fois.',
      "Au bout d'une semaine, la moitié des touches de la rangée du haut ne répondent plus.",
    ],
    other: [
      "Chauffe comme pas possible même pour des tâches simples, puis s'éteint.",
      "Le bouton s'est cassé après quelques jours d'utilisation normale.",
      "Ça fait un drôle de cliquetis à l'intérieur et parfois ça se fige complètement.",
    ],
  },
  positive: [
    'Reçu le lendemain, bien emballé, fonctionne parfaitement. Je recommanderai.',
    'Super vendeur ! Réponses rapides à toutes mes questions et téléphone conforme à la description.',
    'Tout est parfait, merci.',
    'Expédition rapide, produit authentique, prix correct. Je recommande vivement.',
    'Deuxième achat dans cette boutique et toujours aucun souci.',
    "Le vendeur m'a appelé dix minutes après la commande pour la confirmer, très professionnel.",
    "Très satisfait de l'ordinateur, l'autonomie tient la journée. Livré plus vite que prévu.",
    'Bonne qualité, emballage soigné et même un petit cadeau dans le colis :)',
    'RAS, article conforme aux photos.',
    "Service excellent. Ils m'ont aidée à choisir le bon modèle et ont répondu patiemment à toutes mes questions.",
  ],
  mixed: [
    'Correct pour le prix. La livraison a pris un peu plus de temps que prévu, mais rien de grave.',
    "Fonctionne bien pour l'instant. L'emballage pourrait être meilleur, le carton était un peu abîmé.",
    'Casque correct, mais le son est moins riche que ce que laissaient croire les avis.',
    "Moyen. Rien de vraiment mauvais, rien d'exceptionnel non plus.",
    "J'ai dû appeler deux fois pour que la commande soit confirmée, ensuite tout s'est bien passé.",
  ],
  sellerComments: [
    "Merci de nous l'avoir signalé, et toutes nos excuses. Nous vous avons appelé pour organiser un échange à nos frais. Désormais, nous testons chaque appareil avant l'expédition.",
    "Nous sommes désolés pour l'attente. Nous avons changé notre façon de confirmer les commandes : chacune reçoit désormais un appel ou un SMS dans l'heure ouvrée. Écrivez-nous sur le chat, nous réglons votre commande aujourd'hui.",
    "Toutes nos excuses. Votre remboursement a été envoyé aujourd'hui, il apparaîtra sous 1 à 3 jours ouvrés. Nous avons mis à jour le stock et le prix sur la fiche produit.",
    "Merci pour ce retour sincère. Nous avons revu avec l'équipe notre manière d'échanger avec les clients. Nous aimerions nous rattraper : contactez le service client en indiquant votre numéro de commande.",
    "Nous regrettons que l'article ne corresponde pas à la description. Nous avons corrigé les photos et le texte, et nous reprenons volontiers l'article en prenant en charge les frais de retour.",
  ],
  updates: [
    "MAJ : le vendeur m'a rappelé le lendemain et a échangé l'appareil, le nouveau fonctionne très bien. Je remonte ma note.",
    "Mise à jour : remboursement reçu, merci d'avoir réglé le problème.",
    'Édit : ils se sont excusés et ont envoyé la pièce manquante à leurs frais. C’est beaucoup mieux.',
  ],
  contacts: [
    'Bonjour, la version 128 Go est-elle en stock ? Je voudrais la recevoir cette semaine.',
    'Quand ma commande sera-t-elle expédiée ? Cela fait deux jours.',
    "Pouvez-vous m'envoyer le numéro de suivi, s'il vous plaît ?",
    'Le chargeur est-il fourni avec ce modèle ?',
    "Je souhaite retourner l'article, comment dois-je faire ?",
  ],
  authors: [
    'Julien',
    'Camille D.',
    'Nicolas B.',
    'Sophie',
    'Mathieu L.',
    'Élodie',
    'Thomas G.',
    'Manon R.',
    'Pierre',
    'Chloé M.',
  ],
};
