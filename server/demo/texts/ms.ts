import type { ReviewTexts } from './types.ts';

export const ms: ReviewTexts = {
  negative: {
    out_of_stock: [
      "Dah bayar, dua hari lepas tu baru dapat mesej kata barang takde stok. Kenapa tulis 'ada stok' kat page?",
      'Saya order warna biru, kemudian seller call kata tinggal warna hitam sahaja. Di laman web, warna biru masih tertera ada stok.',
      'Seminggu menunggu hanya untuk diberitahu produk sudah habis stok. Duit dipulangkan, tapi masa saya terbuang.',
      'stok kosong tapi listing tulis ada. tolong update stok tu cepat sikit',
    ],
    price_changed: [
      'Harga di laman RM499, tapi selepas saya buat pesanan, seller kata harga sekarang RM560 dan minta saya bayar beza. Tak patut macam ni.',
      'Order masa promosi, lepas tu dapat call kata promosi dah tamat dan harga naik. Saya batalkan.',
      'Fon kepala ok, tapi invois lebih mahal daripada harga dalam iklan. Saya bayar sebab nak cepat, tapi rasa tak puas hati.',
    ],
    no_response_to_order: [
      'Buat pesanan, lepas tu senyap. Tiada pengesahan, tiada e-mel, tiada panggilan selama empat hari. Akhirnya saya batalkan.',
      'Tak ada sesiapa sahkan pesanan saya. Dah dua kali mesej dalam chat, langsung tak berbalas. Kedai ni masih beroperasi ke?',
      "order status 'baru' 3 hari, janji nak call balik tapi tak call pun. beli kat tempat lain je",
    ],
    slow_communication: [
      'Setiap soalan ambil masa dua tiga hari untuk dijawab. Produk ok, tapi nak dapatkan maklumat memang susah.',
      'Tanya nombor tracking hari Isnin, dibalas hari Jumaat. Lambat sangat.',
      'Customer service lembap gila, kena mesej empat kali baru ada orang bagitahu bila nak pos.',
    ],
    delivery_late: [
      'Janji pos esoknya, tapi parcel keluar dari gudang seminggu kemudian. Hadiah hari jadi sampai lambat.',
      'Penghantaran ambil masa hampir dua minggu, bukannya 2-3 hari macam yang ditulis.',
      'Barang ok, tapi sampai terlalu lambat sampai saya dah beli satu lagi di kedai. Sekarang ada dua.',
      'pos 5 hari lewat dari tarikh dijanjikan dan langsung tak bagitahu',
    ],
    delivery_cost: [
      'Tiada siapa beritahu kos penghantaran hampir RM25. Untuk casing RM20, kos pos lebih mahal dari barang.',
      'Dalam penerangan tulis free shipping, tapi masa ambil barang kena bayar juga. Tak adil.',
      'Produk boleh tahan, tapi caj penghantaran memang mengejutkan. Tolong nyatakan kos pos dari awal.',
    ],
    wrong_item: [
      'Saya order versi 128GB, yang sampai 64GB. Sekarang kena pergi pejabat pos lagi untuk pulangkan.',
      'Dapat model lain langsung. Kotak tulis Redmi Note 9, dalam tu Note 8.',
      'warna salah, saiz pun salah. ada orang check order ke masa packing?',
    ],
    damaged_item: [
      'Kotak sampai dalam keadaan kemek dan skrin retak di bucu. Dibungkus dalam plastik nipis je, tiada bubble wrap.',
      'Cerek sampai dengan kemek di tepi, penutup tak boleh tutup rapat. Tak kisah rosak di gudang atau masa pos, tolong bungkus elok-elok.',
      'Penutup belakang penuh calar, nampak macam terpakai walaupun saya bayar untuk yang baru.',
    ],
    defective_item: [
      'Rosak selepas sembilan hari. Langsung tak boleh hidup.',
      'Rosak sejak buka kotak: tertutup sendiri dan restart berulang kali.',
      'Berfungsi sebulan lepas tu mati terus. Dengan harga macam ni, saya harap tahan lebih lama.',
    ],
    description_mismatch: [
      'Penerangan kata kalis air, tapi manual cuma tulis tahan percikan. Untuk kolam renang, jauh bezanya.',
      'Gambar tunjuk badan besi, yang sampai plastik dicat warna perak. Langsung tak sama dengan penerangan.',
      "Katanya baru, tapi kotak dah dibuka dan ada pelekat 'refurbished' di dalam.",
    ],
    rude_service: [
      'Saya cuma tanya pasal waranti, tapi seller jawab macam saya ni mengganggu dia. Kasar dan sombong.',
      "Dalam telefon dia kata itu 'masalah awak', lepas tu terus letak telefon. Tak nak beli sini lagi.",
      'Seller dalam chat perli-perli dan pandang rendah. Barang ok, tapi sikap tak ok langsung.',
    ],
    refund_problem: [
      "Dah pulangkan barang tiga minggu lepas, duit masih belum masuk. Setiap kali tanya, jawapannya 'nanti'.",
      'Mereka terima pemulangan, tapi refund RM20 kurang daripada yang saya bayar, tanpa sebarang penjelasan.',
      'Nak dapatkan duit balik macam mimpi ngeri: lima e-mel, dua panggilan, sampai sekarang masih tunggu.',
    ],
    other: [
      'Invois ada nama dan alamat orang lain. Buat saya risau macam mana mereka urus data peribadi saya.',
      'Lepas beli, asyik dapat SMS iklan bertubi-tubi. Saya tak pernah setuju pun.',
      'Tak tahu nak cakap apa yang salah sebenarnya, tapi keseluruhan pengalaman membeli rasa tak kena. Tak akan ulang.',
    ],
  },
  defectiveByComponent: {
    battery: [
      'Bateri turun dari 100 ke 20 peratus dalam lebih kurang tiga jam, walaupun jarang guna.',
      'Lepas dua minggu bateri kembung, penutup belakang terangkat. Takut nak pegang.',
      'bateri habis sebelum tengah hari, battery health 78%. ni confirm bukan baru',
    ],
    screen: [
      'Hari ketiga keluar satu garisan hijau di skrin, dan makin lama makin lebar.',
      'Bahagian bawah skrin tak respon bila disentuh, langsung tak boleh menaip.',
      'Ada dead pixel di tengah skrin, sangat ketara bila latar belakang putih.',
    ],
    charger: [
      'Pengecas yang diberi panas sangat dan lepas seminggu terus tak boleh cas.',
      'Charger langsung tak berfungsi, hari pertama lagi dah kena beli sendiri.',
      'Port cas longgar, hanya boleh cas kalau pegang kabel senget.',
    ],
    camera: [
      'Kamera belakang tak boleh fokus, semua gambar jadi kabur.',
      'Aplikasi kamera crash dengan skrin hitam setiap kali tukar ke lensa wide.',
      'Ada habuk dalam lensa kamera, nampak dalam setiap gambar.',
    ],
    speaker: [
      'Speaker berdengung bila volume lebih separuh. Tak boleh dengar lagu langsung.',
      'Suara pemanggil hampir tak dengar, speaker panggilan perlahan dan bunyi pecah.',
      'Earbud kiri dah tak keluar bunyi lepas beberapa hari.',
    ],
    keyboard: [
      'Beberapa kekunci tersangkut dan space bar cuma berfungsi kalau tekan betul-betul di tengah.',
      'Lampu papan kekunci tak menyala dan kekunci E menaip dua kali.',
      'Selepas seminggu, separuh baris atas kekunci dah tak berfungsi.',
    ],
    other: [
      'Panas melampau walaupun buat kerja ringan, lepas tu terus tutup sendiri.',
      'Butang kuasa tercabut selepas beberapa hari guna macam biasa.',
      'Ada bunyi klik pelik dari dalam dan kadang-kadang terus hang.',
    ],
  },
  positive: [
    'Sampai esoknya, dibungkus kemas, semua berfungsi dengan baik. Akan beli lagi.',
    'Seller terbaik! Jawab semua soalan dengan cepat dan fon sama macam dalam penerangan.',
    'Semua ok, terima kasih.',
    'Pos laju, barang original, harga berpatutan. Sangat disyorkan.',
    'Kali kedua beli di kedai ni dan masih tiada masalah langsung.',
    'Seller call sepuluh minit selepas order untuk sahkan, sangat profesional.',
    'Puas hati dengan laptop ni, bateri tahan seharian. Sampai lebih cepat dari jangkaan.',
    'Kualiti bagus, bungkusan kemas, siap ada hadiah kecil lagi :)',
    'Ok semua, barang sama macam gambar.',
    'Servis sangat baik. Mereka bantu saya pilih model yang sesuai dan sabar jawab semua soalan.',
  ],
  mixed: [
    'Berbaloi dengan harga. Penghantaran lambat sikit dari yang saya harap, tapi tak teruk sangat.',
    'Setakat ni ok. Bungkusan boleh diperbaiki, kotak kemek sikit.',
    'Fon kepala boleh tahan, tapi bunyi tak semantap yang saya jangka lepas baca review.',
    'Biasa-biasa je. Tiada yang salah, tapi tiada yang istimewa juga.',
    'Kena call dua kali baru order disahkan, lepas tu semua lancar.',
  ],
  sellerComments: [
    'Terima kasih kerana memaklumkan, dan kami mohon maaf. Kami telah menghubungi anda melalui telefon untuk menguruskan penggantian atas kos kami. Kini setiap unit diperiksa sebelum dihantar.',
    'Maaf kerana membuat anda menunggu. Kami telah mengubah cara pengesahan pesanan: setiap pesanan kini menerima panggilan atau SMS dalam masa satu jam bekerja. Sila mesej kami di chat, kami akan selesaikan pesanan anda hari ini.',
    'Kami mohon maaf atas kejadian ini. Bayaran balik telah dihantar hari ini dan akan masuk dalam 1–3 hari bekerja. Kami juga telah mengemas kini stok dan harga di halaman produk.',
    'Terima kasih atas maklum balas yang jujur. Kami telah berbincang dengan pasukan tentang cara kami berkomunikasi dengan pelanggan. Kami ingin memperbaikinya — sila hubungi khidmat pelanggan dengan nombor pesanan anda.',
    'Kami kesal produk tidak menepati penerangan. Gambar dan penerangan telah dibetulkan, dan kami sedia menerima pemulangan serta menanggung kos pos balik.',
  ],
  updates: [
    'UPDATE: seller call esoknya dan tukar unit baru, yang baru berfungsi dengan baik. Saya naikkan rating.',
    'Kemas kini: duit dah masuk balik dalam kad, terima kasih sebab selesaikan.',
    'Tambahan: mereka minta maaf dan hantar bahagian yang tertinggal atas kos sendiri. Sekarang dah ok.',
  ],
  contacts: [
    'Hai, versi 128GB ada stok tak? Nak dapat minggu ni.',
    'Bila pesanan saya akan dipos? Dah dua hari.',
    'Boleh bagi nombor tracking?',
    'Model ni datang dengan charger tak?',
    'Saya nak pulangkan barang, apa yang perlu saya buat?',
  ],
  authors: ['Ahmad F.', 'Nurul Aini', 'Siti', 'Faizal', 'Aisyah R.', 'Hafiz', 'Farah', 'Amirul', 'Zulaikha', 'Kamal'],
};
