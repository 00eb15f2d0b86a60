import type { ReviewTexts } from './types.ts';

export const es: ReviewTexts = {
  negative: {
    out_of_stock: [
      'Pagué el pedido y a los dos días me escriben que no tienen el producto en stock. ¿Entonces por qué aparece como disponible?',
      'Lo pedí en azul, me llaman y me dicen que solo queda en negro. En la web el azul sigue saliendo disponible.',
      'Una semana esperando para enterarme de que el producto estaba agotado. Me devolvieron el dinero, pero perdí el tiempo.',
      'sin stock aunque en la ficha pone disponible... actualizad el inventario porfa',
    ],
    price_changed: [
      'En la web el precio era 129 €, después de pedirlo el vendedor me dijo que ahora costaba 149 € y que pagara la diferencia. Así no se hace.',
      'Lo pedí en oferta y luego me llamaron para decirme que la oferta había terminado y el precio era más alto. Cancelé.',
      'Los auriculares están bien, pero en la factura venía más de lo que ponía el anuncio. Pagué porque los necesitaba ya, pero me quedó mal sabor de boca.',
    ],
    no_response_to_order: [
      'Hice el pedido y nada. Ni confirmación, ni correo, ni llamada en cuatro días. Lo cancelé.',
      'Nadie confirmó nunca mi pedido. Escribí dos veces por el chat y ni caso. ¿La tienda sigue funcionando?',
      "el pedido estuvo 3 dias en 'nuevo', quedaron en llamarme y nada. lo compré en otro sitio",
    ],
    slow_communication: [
      'Cada pregunta tardaban dos o tres días en contestarla. El producto está bien, pero conseguir información fue un suplicio.',
      'Pregunté el número de seguimiento el lunes y me respondieron el viernes. Demasiado lento.',
      'Atención al cliente lentísima, tuve que insistir cuatro veces hasta que alguien me dijo cuándo lo enviaban.',
    ],
    delivery_late: [
      'Prometieron enviarlo al día siguiente y el paquete salió del almacén una semana después. Era para un cumpleaños y llegó tarde.',
      'La entrega tardó casi dos semanas en lugar de los 2-3 días que indicaban.',
      'El producto está bien, pero llegó tan tarde que ya me había comprado otro en una tienda. Ahora tengo dos.',
      'lo enviaron 5 días después de la fecha prometida sin avisar de nada',
    ],
    delivery_cost: [
      'Nadie me dijo que el envío costaba casi 15 €. Para una funda de 12 €, cuesta más que la propia funda.',
      'En la descripción ponía envío gratis y al recogerlo tuve que pagar. No es justo.',
      'El producto es correcto, pero los gastos de envío fueron una sorpresa desagradable. Indicadlos claramente desde el principio.',
    ],
    wrong_item: [
      'Pedí la versión de 128 GB y me llegó la de 64. Ahora tengo que volver a Correos para devolverlo.',
      'Me llegó un modelo completamente distinto: en la caja ponía Redmi Note 9 y dentro había un Note 8.',
      'color equivocado Y talla equivocada. ¿alguien miró el pedido antes de empaquetar?',
    ],
    damaged_item: [
      'La caja llegó aplastada y la pantalla con una grieta en la esquina. Empaquetado en una bolsa finita, sin plástico de burbujas.',
      'El hervidor llegó abollado y la tapa no cierra bien. Da igual si fue en el almacén o en el transporte, embalad mejor.',
      'La carcasa trasera llena de arañazos, parece usado y pagué por uno nuevo.',
    ],
    defective_item: [
      'Dejó de funcionar a los nueve días. Simplemente ya no enciende.',
      'Defectuoso nada más sacarlo de la caja: se apaga solo y se reinicia.',
      'Funcionó un mes y se murió. Por este precio esperaba que durara bastante más.',
    ],
    description_mismatch: [
      'En la descripción ponía sumergible y en el manual dice solo resistente a salpicaduras. Para la piscina es una gran diferencia.',
      'En las fotos la carcasa es de metal y me llegó plástico pintado de plateado. Nada que ver con lo descrito.',
      "Se vendía como nuevo, pero la caja estaba abierta y dentro había una pegatina de 'reacondicionado'.",
    ],
    rude_service: [
      'Solo pregunté por la garantía y el vendedor me contestó como si le estuviera molestando. Borde y prepotente.',
      "Por teléfono me dijeron que era 'mi problema' y me colgaron. No vuelvo a comprar aquí.",
      'El vendedor fue sarcástico y condescendiente en el chat. El producto está bien, la actitud no.',
    ],
    refund_problem: [
      "Devolví el producto hace tres semanas y el reembolso sigue sin llegar. Cada vez que pregunto me dicen 'pronto'.",
      'Aceptaron la devolución pero me reembolsaron 20 € menos de lo que pagué, sin ninguna explicación.',
      'Recuperar mi dinero fue una pesadilla: cinco correos, dos llamadas y sigo esperando.',
    ],
    other: [
      'En la factura aparecían el nombre y la dirección de otra persona. Me hace dudar de cómo tratan mis datos.',
      'Después de la compra me bombardearon a SMS de publicidad. Nunca di mi consentimiento.',
      'No sabría decir qué falló exactamente, pero la experiencia en general me dejó mala sensación. No repetiría.',
    ],
  },
  defectiveByComponent: {
    battery: [
      'La batería baja del 100 al 20 por ciento en unas tres horas, casi sin usarlo.',
      'A las dos semanas la batería se hinchó y la tapa trasera se está despegando. Da miedo.',
      'la batería no llega ni al mediodía, salud de batería 78%. esto no es nuevo',
    ],
    screen: [
      'Al tercer día apareció una línea verde en la pantalla y cada vez es más ancha.',
      'La parte de abajo de la pantalla no responde al tacto, es imposible escribir.',
      'Píxel muerto en el centro de la pantalla, con fondo blanco se nota muchísimo.',
    ],
    charger: [
      'El cargador que venía se calienta muchísimo y a la semana dejó de cargar.',
      'El cargador no funciona en absoluto, el primer día tuve que comprarme otro.',
      'El puerto de carga está flojo, solo carga si sujetas el cable torcido.',
    ],
    camera: [
      'La cámara trasera no enfoca, todas las fotos salen borrosas.',
      'La app de la cámara se cuelga con pantalla negra cada vez que cambio al gran angular.',
      'Hay una mota de polvo dentro de la lente de la cámara, sale en todas las fotos.',
    ],
    speaker: [
      'El altavoz chirría en cuanto el volumen pasa de la mitad. Imposible escuchar música.',
      'Apenas oigo a quien me llama, el auricular suena bajo y distorsionado.',
      'El auricular izquierdo dejó de sonar a los pocos días.',
    ],
    keyboard: [
      'Varias teclas se atascan y la barra espaciadora solo funciona si la pulsas justo en el centro.',
      'La retroiluminación del teclado no funciona y la tecla E escribe dos veces.',
      'A la semana, la mitad de la fila superior de teclas dejó de responder.',
    ],
    other: [
      'Se calienta una barbaridad incluso con tareas sencillas y luego se apaga.',
      'El botón se rompió a los pocos días de uso normal.',
      'Hace un ruido raro por dentro, como un clic, y de vez en cuando se queda congelado.',
    ],
  },
  positive: [
    'Llegó al día siguiente, bien embalado y funciona perfecto. Repetiré.',
    '¡Vendedor de diez! Respondió rápido a todas mis dudas y el móvil es tal cual la descripción.',
    'Todo bien, gracias.',
    'Envío rápido, producto original y buen precio. Muy recomendable.',
    'Segunda compra en esta tienda y otra vez sin ningún problema.',
    'El vendedor me llamó a los diez minutos de hacer el pedido para confirmarlo, muy profesional.',
    'Muy contento con el portátil, la batería aguanta todo el día. La entrega fue más rápida de lo esperado.',
    'Buena calidad, embalaje cuidado y hasta un pequeño regalo dentro :)',
    'Todo correcto, el artículo es como en las fotos.',
    'Atención excelente. Me ayudaron a elegir el modelo adecuado y contestaron con paciencia todas mis preguntas.',
  ],
  mixed: [
    'Para el precio está bien. La entrega tardó algo más de lo que esperaba, pero nada grave.',
    'De momento funciona bien. El embalaje podría ser mejor, la caja llegó un poco chafada.',
    'Auriculares decentes, pero el sonido no es tan completo como esperaba por las opiniones.',
    'Normalito. Nada malo, pero tampoco nada especial.',
    'Tuve que llamar dos veces para que confirmaran el pedido, luego todo fue sobre ruedas.',
  ],
  sellerComments: [
    'Gracias por avisarnos y disculpa las molestias. Te hemos llamado para organizar un cambio a nuestro cargo. A partir de ahora revisamos cada aparato antes de enviarlo.',
    'Sentimos la espera. Hemos cambiado la forma de confirmar pedidos: ahora cada pedido recibe una llamada o un SMS en menos de una hora laborable. Escríbenos por el chat y resolvemos tu pedido hoy mismo.',
    'Lamentamos lo ocurrido. El reembolso se ha enviado hoy y lo verás en 1–3 días hábiles. Hemos actualizado el stock y el precio en la ficha del producto.',
    'Gracias por tu opinión sincera. Hemos hablado con el equipo sobre cómo nos comunicamos con los clientes. Nos gustaría compensarte: contacta con atención al cliente indicando tu número de pedido.',
    'Sentimos que el artículo no se correspondiera con la descripción. Hemos corregido las fotos y el texto, y aceptamos encantados la devolución corriendo nosotros con el envío.',
  ],
  updates: [
    'ACTUALIZO: el vendedor me llamó al día siguiente y me lo cambió, el nuevo funciona perfectamente. Subo la valoración.',
    'Actualización: ya tengo el dinero en la tarjeta, gracias por solucionarlo.',
    'Edito: se disculparon y enviaron la pieza que faltaba a su cargo. Ahora sí, todo bien.',
  ],
  contacts: [
    'Hola, ¿tenéis la versión de 128 GB en stock? La necesitaría esta semana.',
    '¿Cuándo se enviará mi pedido? Ya han pasado dos días.',
    '¿Me podéis pasar el número de seguimiento, por favor?',
    '¿Este modelo viene con cargador?',
    'Quiero devolver el artículo, ¿qué tengo que hacer?',
  ],
  authors: [
    'Javier',
    'Lucía G.',
    'Carlos M.',
    'María',
    'Alejandro R.',
    'Paula',
    'Sergio F.',
    'Laura T.',
    'Pablo',
    'Elena S.',
  ],
};
