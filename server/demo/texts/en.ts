import type { ReviewTexts } from './types.ts';

export const en: ReviewTexts = {
  negative: {
    out_of_stock: [
      "Paid for the order and two days later got a message that it's not in stock. Why is it listed as available then?",
      'ordered the blue one, they called and said only black left. site still shows blue in stock lol',
      'Waited a week just to be told the item is out of stock. Refund came back fine, but I wasted time I could have spent ordering elsewhere.',
      "Listing says 'in stock, ships today'. Reality: sorry, none left, maybe next month. Not impressed.",
    ],
    price_changed: [
      "The price on the page was 4,999 but after I ordered the manager said it's now 5,600 and asked me to pay the difference. That's not how it works.",
      'Ordered at one price, got a call saying the price went up. Cancelled. Update your listings please.',
      'The headphones are fine, fair shop I thought, until the invoice came in 700 higher than the advertised price. Paid it because I needed them quickly, but it left a bad taste.',
    ],
    no_response_to_order: [
      'Placed an order and heard nothing. No call, no email, no confirmation for four days. Ended up cancelling.',
      'Nobody ever confirmed my order. I wrote twice in the chat. Silence. Is this shop even alive?',
      "order sat at 'new' for 3 days, nobody called back like promised. bought it somewhere else in the end",
    ],
    slow_communication: [
      'Every question took them two or three days to answer. The product itself is okay, but getting information out of them was exhausting.',
      'Asked about the tracking number on Monday, got a reply on Friday. Way too slow for a shop this size.',
      'Replies are super slow. had to write 4 times before someone told me when it would ship.',
    ],
    delivery_late: [
      'They promised to ship the next day, it left the warehouse a week later. I needed it for a birthday and missed it.',
      'Delivery took almost two weeks instead of the 2-3 days on the listing.',
      'The item is fine but it arrived so late that I had already bought a replacement locally. Now I have two.',
      'shipped 5 days after the promised date without a word of warning',
    ],
    delivery_cost: [
      "Nobody told me the shipping would cost almost 300 hryvnias. For a phone case, that's more than the case itself.",
      'Free delivery was mentioned in the description, yet I paid at the post office. Not fair.',
      'The product is decent but the courier charge was a nasty surprise. Tell people the delivery price up front.',
    ],
    wrong_item: [
      'Ordered the 128 GB version and received 64 GB. Now I have to go back to the post office and send it back.',
      'Got a completely different model than the one I paid for. Box said Redmi Note 9, inside was a Note 8.',
      'wrong colour AND wrong size. did anyone even look at the order before packing it?',
    ],
    damaged_item: [
      'The box arrived crushed and the screen had a crack across the corner. Packing was one thin bag, no bubble wrap.',
      "Kettle came with a dented side and the lid doesn't close properly. Damaged in the warehouse or in transit, either way, pack better.",
      'Scratches all over the back cover, looks used even though I paid for new.',
    ],
    defective_item: [
      "Stopped working after nine days. Just won't turn on anymore.",
      'It was faulty straight out of the box. Switches off randomly and restarts by itself.',
      'Worked for a month, then died. For this price I expected it to last a lot longer than that.',
    ],
    description_mismatch: [
      'The description said waterproof, the manual says splash resistant only. Big difference if you take it to the pool.',
      'Photos show a metal body, what came is plastic painted silver. Not what was described at all.',
      "Listing says 'new', but the box had been opened and there was a refurbished sticker inside.",
    ],
    rude_service: [
      'When I asked a simple question about the warranty, the manager answered like I was bothering him. Rude and dismissive.',
      "Was told on the phone that it's 'my problem' and then they hung up on me. Never buying here again.",
      "The seller was sarcastic and condescending in the chat. The product is fine, the attitude isn't.",
    ],
    refund_problem: [
      "Returned the item three weeks ago, still no refund. Every time I ask, they say 'soon'.",
      'They accepted the return but refunded 200 less than I paid, without any explanation.',
      'Getting my money back was a nightmare: five emails, two calls and I am still waiting.',
    ],
    other: [
      "The invoice had someone else's name and address on it. Makes me wonder what they do with my data.",
      "Got an avalanche of spam SMS after buying here. Didn't agree to any of that.",
      "Meh. Can't say exactly what went wrong, but the whole experience just felt off. Wouldn't repeat it.",
    ],
  },
  defectiveByComponent: {
    battery: [
      'Battery drains from 100 to 20 percent in about three hours with barely any use.',
      'The battery swelled after two weeks and the back cover is lifting off. Scary.',
      'batery dies by lunch and it says battery health 78%. this is not new',
    ],
    screen: [
      "A green line appeared on the screen on day three and it's getting wider.",
      'Touch stops responding in the bottom part of the display. Typing is impossible.',
      'Dead pixel right in the middle of the screen, very noticeable on a white background.',
    ],
    charger: [
      'The charger that came with it gets really hot and stopped charging after a week.',
      "Charger doesn't work at all, had to buy my own on day one.",
      'Charging port is loose, it only charges if the cable is held at an angle.',
    ],
    camera: [
      "Rear camera can't focus, every photo comes out blurry.",
      'The camera app crashes with a black screen every time I switch to the wide lens.',
      "There's a speck of dust inside the camera lens, it shows on every picture.",
    ],
    speaker: [
      'The speaker crackles at any volume above half. Music sounds awful.',
      "Can't hear callers properly, the earpiece is very quiet and distorted.",
      'The left earbud has no sound at all after a few days.',
    ],
    keyboard: [
      'Several keys stick and the spacebar only works if you press it right in the middle.',
      "The keyboard backlight doesn't work and the E key types twice.",
      'Half of the top row of keys stopped responding after a week.',
    ],
    other: [
      'Overheats like crazy even doing simple things, then shuts down.',
      'The power button broke off after a few days of normal use.',
      'It makes a weird clicking noise inside and sometimes just freezes.',
    ],
  },
  positive: [
    'Arrived the next day, well packed, works perfectly. Would buy again.',
    'Great seller! Answered all my questions quickly and the phone is exactly as described.',
    'Everything is fine, thanks.',
    'Fast shipping, genuine product, fair price. Highly recommend.',
    'Second purchase from this shop and again no problems at all.',
    'The manager called within 10 minutes to confirm the order, very professional.',
    'Happy with the laptop, battery lasts all day. Delivery was quicker than expected.',
    'Good quality, nicely packed, even a small gift inside :)',
    'All good, item as in the photos.',
    'Excellent service. They helped me choose the right model and were patient with all my questions.',
  ],
  mixed: [
    'Product is ok for the price. Delivery took a bit longer than I hoped but nothing terrible.',
    'Works fine so far. Packaging could be better, the box was a bit squashed.',
    'Decent headphones, but the sound is not as rich as I expected from the reviews.',
    'Average. Nothing wrong exactly, nothing special either.',
    'Had to call twice to get the order confirmed, but after that it went smoothly.',
  ],
  sellerComments: [
    "Thank you for telling us about this, and we're sorry. We've called you to arrange a replacement at our expense. We now also check every unit before it ships.",
    "We apologise for the wait. We've changed how we confirm orders: every order now gets a call or SMS within one working hour. Please write to us in the chat and we'll sort out your order today.",
    "Sorry this happened. Your refund was sent today, you should see it within 1–3 banking days. We've updated the listing so the stock and price are current.",
    "Thank you for the honest feedback. We've talked to the team about the way we speak with customers. We'd like to make it up to you: please contact support and mention your order number.",
    "We're sorry the item didn't match the description. We've corrected the photos and the text and will gladly take the item back and pay for the return shipping.",
  ],
  updates: [
    'UPD: the seller called me the next day and replaced it, the new one works fine. Raising my rating.',
    'UPD: money is back on my card, thanks for sorting it out.',
    'Update: they apologised and sent the missing part at their own cost. Much better now.',
  ],
  contacts: [
    "Hi, is the 128 GB version in stock? I'd like to get it this week.",
    "When will my order be shipped? It's been two days.",
    'Can you send me the tracking number please?',
    'Does this model come with a charger in the box?',
    "I'd like to return the item, what do I need to do?",
  ],
  authors: [
    'Daniel R.',
    'Sarah K.',
    'Tom W.',
    'Emily',
    'James P.',
    'Olivia M.',
    'Chris',
    'Hannah B.',
    'Mark T.',
    'Lucy',
  ],
  mysteryNotes: [
    'Asked about warranty terms in chat: answered in 12 minutes, polite, gave the exact period and the service centre address.',
    'Placed an order at 21:40; confirmation call came the next morning at 9:15. Shipped the same day, tracking sent by SMS.',
    'Asked to compare two models; the agent pasted the spec sheet without answering the actual question. Score reduced.',
    'Phone line: waited 6 minutes, then the call dropped. No callback within 24 hours.',
    'Return request handled well: clear instructions, prepaid label offered, refund promised within 3 days.',
    'Packaging: item in a sealed box with bubble wrap, invoice included, no promotional leaflets.',
  ],
};
