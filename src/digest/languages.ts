// The war's own languages, and Europe's, read in English: the words the beat and the topic rules look for, as
// Ukrainian, Russian, Polish, German, French, Italian, Spanish, Portuguese, Dutch, Nordic, Czech, Slovak, Hungarian,
// Romanian, Finnish and Croatian pages print them ("Росія атакувала Одесу дронами" reads "russia attack odesa drone"),
// so their entries are judged like English ones. Each stem takes any ending (the languages inflect), save where a longer word
// of another meaning shares it ("кримінальний" is no Crimea, "натомість" no NATO); data an operator can read and extend.

/** [stems (any ending), the English word the rules know]. */
const WORDS: [string, string][] = [
  // the sides, places and people of the war
  ["україн|украин|ukrain(?!ian)|ukraiń", "ukraine"],
  ["росі|россі|росси|rosj|rosyj", "russia"],
  ["київ|києв|киев|kijów|kijow", "kyiv"],
  ["москв|moskw", "moscow"],
  ["кремл|kreml", "kremlin"],
  ["одес|odesie|odessy|odessie", "odesa"],
  ["харків|харьков|charków|charkow", "kharkiv"],
  ["львів|львов|lwów|lwow", "lviv"],
  ["запоріж|запорож|zaporoż|zaporoz", "zaporizhzhia"],
  ["херсон|chersoń|cherson", "kherson"],
  ["миколаїв|николаев", "mykolaiv"],
  ["дніпр|днепр", "dnipro"],
  ["донецьк|донецк", "donetsk"],
  ["луганськ|луганск", "luhansk"],
  ["крим(?!інал|инал)|крым|krym", "crimea"],
  ["курськ|курск", "kursk"],
  ["бєлгород|белгород|biełgorod", "belgorod"],
  ["ізмаїл|измаил", "izmail"],
  // (and the towns and regions its news names most, on both sides of the border)
  ["новоросійськ|новороссийск", "novorossiysk"],
  ["туапсе", "tuapse"],
  ["брянськ|брянск", "bryansk"],
  ["ростов", "rostov"],
  ["краснодар", "krasnodar"],
  ["воронеж", "voronezh"],
  ["таганрог", "taganrog"],
  ["рязан", "ryazan"],
  ["енгельс|энгельс", "engels"],
  ["суми(?![\\p{L}])|сумах|сумської|сумск|сумщин|сумы(?![\\p{L}])", "sumy"],
  ["чернігів|чернігов|чернигов", "chernihiv"],
  ["полтав", "poltava"],
  ["кременчу[кг]", "kremenchuk"],
  ["вінниц|винниц", "vinnytsia"],
  ["житомир", "zhytomyr"],
  ["рівне|рівному|ровно", "rivne"],
  ["тернопол|тернопіл", "ternopil"],
  ["краматорськ|краматорск", "kramatorsk"],
  ["слов'янськ|словʼянськ|слов’янськ|славянск", "sloviansk"],
  ["покровськ|покровск", "pokrovsk"],
  ["куп'янськ|купʼянськ|куп’янськ|купянск", "kupiansk"],
  ["костянтинівк|константиновк", "kostiantynivka"],
  ["бахмут", "bakhmut"],
  ["ізюм|изюм", "izium"],
  ["маріупол|мариупол", "mariupol"],
  ["мелітопол|мелитопол", "melitopol"],
  ["севастопол", "sevastopol"],
  // (and its people)
  ["путін|путин", "putin"],
  ["пєсков|песков|pieskow", "peskov"],
  ["сибіг|сибиг", "sybiha"],
  ["нато(?![\\p{L}])|натовськ|натовск", "nato"],
  // what the war's news reports
  ["війн|войн|wojn", "war"],
  ["атак|zaatakowa|atak", "attack"],
  ["удар", "strike"],
  ["обстріл|обстрел|ostrzał|ostrzal", "shelling"],
  ["ракет|rakiet", "missile"],
  ["дрон|безпілотник|беспилотник|бпла|dron(?!e)", "drone"],
  ["загин|погиб|zginęł|zginął|zginel", "killed"],
  ["поранен|ранен|rann[iy]", "wounded"],
  ["вибух|взрыв|wybuch", "explosions"],
  ["ппо|пво", "air defence"],
  ["збит|збил|збив|сбит|сбил|zestrzel", "shot down"],
  ["перехоп|перехват|przechwy", "intercepted"],
  ["санкці|санкци|sankcj", "sanctions"],
  ["переговор|rozmow|negocjac", "talks"],
  ["pokojow", "peace"],
  ["міністр закордонних справ|министр иностранных дел|minister spraw zagranicznych|szef(?:em|a)? dyplomacji|msz(?![\\p{L}])", "foreign minister"],
  ["перемир|rozejm", "ceasefire"],
  ["гаранті|гаранти|gwarancj", "guarantees"],
  ["допомог|помощ|pomoc", "aid"],
  ["виділ|выдел|przeznacz", "pledged"],
  ["обмін|обмен|wymian", "exchange"],
  ["полон|плен(?!ар|ум)|jeńc|jenc", "prisoners"],
  ["військ|войск|wojsk", "troops"],
  // (more of what the news reports: a phone call, a refinery or depot hit, howitzers paid for, the talks' round)
  ["телефонн(?:ій|ой|ому|ая|ий|ый) розмов|телефонн(?:ом|ому) разговор|rozmow(?:ie|a) telefoniczn", "phone call"],
  ["нпз(?![\\p{L}])|нафтопереробн|нефтеперерабатывающ|rafineri", "refinery"],
  ["нафтобаз|нефтебаз", "oil depot"],
  ["уразил|ураженн|ураження|поразил|поражени|поражен", "struck"],
  ["гаубиц", "howitzers"],
  ["профінансу|профинансиру|sfinansuj", "funds"],
  ["rozmów|rozmowach", "talks"],
  ["wsparci", "aid"],
  ["зустрі|встрет|встреч|spotka", "meet"],
  ["обговорил|обговорює|обсудил|обсуждал|omówi", "discussed"],
];

/**
 * The same for the languages of Western and Northern Europe, written in the Latin script English shares: read only in
 * text written in one of them (see `isWesternEuropean`), so no English word is touched. Stems an English text could
 * hold in another sense are left out ("aide", "tote", "robot" alone).
 */
const WESTERN_WORDS: [string, string][] = [
  // (compounds and phrases first: "Drohnenangriff" is a drone attack before it is a drone)
  ["drohnenangriff|drohnenattacke|dronaanval|droneangreb|droneangrep|drönarattack|drooni-isku|dronový útok", "drone attack"],
  ["raketenangriff|raketaanval|raketangreb|raketangrep|raketattack|ohjusisku|raketový útok", "missile attack"],
  ["luftangriff|luchtaanval|luftangrep|luftangreb|ilmaisku|letecký útok|légicsapás", "airstrike"],
  ["kriegsgefangen|prisonniers de guerre|prigionieri di guerra|prisioneros de guerra|prisioneiros de guerra|krijgsgevangen|krigsfång|krigsfang|sotavang|válečn[ýíé]ch zajatc|hadifogoly|hadifogly", "prisoners of war"],
  ["gefangenenaustausch|échange de prisonniers|scambio di prigionieri|canje de prisioneros|intercambio de prisioneros|troca de prisioneiros|gevangenenruil|fångutväxling|fangeutveksling|vankienvaihto|výměn[aěu] zajatc|fogolycser", "prisoner exchange"],
  ["mírová jednání|mírové rozhovory|mírových rozhovorů|conversaciones de paz|négociations de paix|pourparlers de paix|friedensgespräche|friedensverhandlung|vredesbesprek|vredesoverleg|fredssamtal|fredsforhandling|rauhanneuvottel|béketárgyalás|negoziati di pace|colloqui di pace|negociações de paz", "peace talks"],
  ["corea del norte|corée du nord|nordkorea|corea del nord|coreia do norte|noord-korea|pohjois-korea|severní kore|észak-kore", "north korea"],
  ["stromausfall|panne de courant|coupure[s]? de courant|blackout|apagón|apagão|stroomstoring|strömavbrott|strømbrudd|sähkökatko|výpadek proudu|áramszünet", "power outage"],
  // the sides, places and people
  ["ukrain(?!ian)|ucrain|ucrani|ucrân|oekraïn|oekrain|ukrajin|ukrán", "ukraine"],
  ["russland|russisch|russen(?![\\p{L}])|russie|russe(?![\\p{L}])|russes|russ[oia](?![\\p{L}])|rusia|rus[oa]s?(?![\\p{L}])|rússia|ryssland|rysk|ryss[a-zåäö]|russisk|rusland|venäj|rusk[oáýéu]|rusij|orosz", "russia"],
  ["kiew|kiev|kijev|kyjiw|kiiv|quieve", "kyiv"],
  ["moskau|moscou|mosca(?![\\p{L}])|moscú|moscovo|moskou|moskva", "moscow"],
  ["kreml|cremlino", "kremlin"],
  ["odessa|odesa", "odesa"],
  ["charkiw|charkow|charkiv|kharkov|járkov|jarkov|carcóvia", "kharkiv"],
  ["saporischschja|saporischja|zaporijia|zaporiyia|zaporižžja|zaporizjzja|zaporizja", "zaporizhzhia"],
  ["cherson|jersón|kherson", "kherson"],
  ["selenskyj|selenski|zelenski|zelenskyj|zelensky", "zelensky"],
  ["poutine", "putin"],
  ["otan(?![\\p{L}])", "nato"],
  // what the news reports
  ["krieg|guerre|guerra|oorlog|krig(?![\\p{L}])|kriget|krigen|sota(?![\\p{L}])|sodan|sodassa|válk|háború|rat(?![\\p{L}])|rata(?![\\p{L}])|ratu(?![\\p{L}])", "war"],
  ["angriff|angegriffen|attaqu|attacc|ataque|atac|aanval|anfall|angrep|attacken|attacker|hyökkäy|útok|támad|napad", "attack"],
  ["colpit|getroffen|trafen|touché|alcanzad|atingid|träffad|rammet|traff(?![\\p{L}])|osui|zasáh|zasiah|eltalál|talált|pogod", "hit"],
  ["munitionslager|depósito|deposito|dépôt|depot|sklad(?![\\p{L}])|skladu|skladom|raktár", "depot"],
  ["isku(?![\\p{L}])|iskun|iskussa|iskut|iskuj", "strike"],
  ["raffinerie|raffineria|refinería|refinaria|raffinaderi|rafinerie|rafinerij|olajfinomító|öljynjalostamo", "refinery"],
  ["bombarde|bombardament", "bombing"],
  ["frappe|frappé|schlag(?![\\p{L}])|raid(?![\\p{L}])|raids", "strike"],
  ["beschuss|beschoss|bombardeio", "shelling"],
  ["rakete|marschflugkörper|missile|missil|misil|míssil|mísseis|raket|robotattack|robotanfall|kryssningsrobot|ohjus|rakét", "missile"],
  ["lanzó|lanzaron|lanzad|lançou|lançaram|lançad|lanciat|lanciò|lansat|lanceerde|afgevuurd|abgefeuert|feuerte|a tiré|ont tiré|indított|kilőtt|vyslal|vypustil|odpálil", "launched"],
  ["drohne|droni(?![\\p{L}])|drones?(?![\\p{L}])|drönare|droner|drone[sn]|drooni|lennok|dron[ouyů]|drón", "drone"],
  ["gleitbomb|bombe planante|bomba guiada|bomba plananti|glidbomb", "glide bomb"],
  ["getötet|todesopfer|toten(?![\\p{L}])|tués|tuées|tué(?![\\p{L}])|morts(?![\\p{L}])|morti(?![\\p{L}])|uccis|muertos|muerto(?![\\p{L}])|fallecid|mortos(?![\\p{L}])|doden(?![\\p{L}])|dödade|dödats|döda(?![\\p{L}])|drept|dræbt|kuoli|kuollut|kuolleita|kuolleiden|kuolonuhr|zabit|zahynul|mrtv|meghalt|halott|életét vesztette|pogin|ubijen", "killed"],
  ["verletzt|blessé|blessés|ferit[io]|herid[oa]s?|ferid[oa]s?|gewond|skadade|skadd|såret|såred|haavoittu|zraněn|megsebesült|sebesült|ranjen", "wounded"],
  ["explosion|esplosion|explosión|explosão|explosie", "explosions"],
  ["luftverteidigung|flugabwehr|défense aérienne|défense antiaérienne|difesa aerea|antiaere|defensa aérea|antiaére|defesa aérea|luchtverdediging|luftvärn|luftvern|luftforsvar", "air defence"],
  ["abgeschossen|abattu|abbattut|derribad|abatid|neergeschoten|skjutit ned|sköt ned|skutt ned|skudt ned", "shot down"],
  ["sanktion|sanction|sanzion|sancion|sanç|sanctie", "sanctions"],
  ["verhandlung|pourparlers|négociation|negoziat|colloqui|negociacion|negociaç|onderhandel|förhandling|forhandling|jednání|rozhovor|tárgyal|neuvottel|pregovor", "talks"],
  ["waffenstillstand|waffenruhe|cessez-le-feu|cessate il fuoco|tregua|alto el fuego|cessar-fogo|staakt-het-vuren|wapenstilstand|vapenvila|våpenhvile|våbenhvile|tulitauko|příměří|tűzszünet|primirj", "ceasefire"],
  ["militärhilfe|aide militaire|aiuti militari|ayuda militar|ajuda militar|militaire steun|militärt stöd|militær støtte|stödpaket|hilfspaket|waffenliefer", "military aid"],
  ["hilfe(?![\\p{L}])|unterstützung|aider|aide(?![\\p{L}])|aiut|ayuda|ajuda|ajutor|segély|steun(?![\\p{L}])|stöd|støtte|apu(?![\\p{L}])|tuki(?![\\p{L}])|tuen|tukea|tukemi|pomoc|pomoć|segítség|támogatás", "aid"],
  ["liefert|liefern|lieferung|livr|fornit|fornisce|entreg|leveren|levert|leverera|levererar|lever(?:er|te)|toimitt|dodáv|szállít", "deliver"],
  ["schickt|envoie|envoy|invia|inviat|envió|envía|enviará|envia|stuurt|skickar|sender|lähettä|posílá|küld", "sends"],
  ["folyósít|auszahl|ausgezahlt|débours|erogat|desembols|uitbetal|utbetal|utbetaling|vyplat", "disburses"],
  ["finanziert|financ[eé]|finanzia|financia|financiert|finansierar|finansierer|rahoitta|financuje|finanszíroz", "funds"],
  ["munition|obus|munizion|munici[oó]n|proyectil|projéteis|munitie|ammunition|ammus|munic|muníc|lőszer", "ammunition"],
  ["gefangene|prisonniers|prigionieri|prisioneros|prisioneiros|gevangenen|fångar|fanger|vangi|zajat|fogoly|foglyok|zarobljen", "prisoners"],
  ["austausch|ausgetauscht|échang|scambi|intercambi|canje|troca|ruil|utväxl|utveksl|vaihto|výměn|csere|razmjen", "exchange"],
  ["frieden|paix|pace(?![\\p{L}])|paz(?![\\p{L}])|vrede|fred(?![\\p{L}])|freden|rauha|mír(?![\\p{L}])|míru|béke", "peace"],
  ["truppen|troupes|truppe(?![\\p{L}])|tropas|troepen|trupper|tropper", "troops"],
  ["soldaten|soldats|soldati|soldados|soldater", "soldiers"],
  // (visits, meetings, mediation; death tolls, alerts, loans and shells)
  ["außenminister|aussenminister|ministre des affaires étrangères|ministro degli esteri|ministro de exteriores|ministro de asuntos exteriores|ministro dos negócios estrangeiros|minister van buitenlandse zaken|utrikesminister|utenriksminister|udenrigsminister|ulkoministeri|ministr zahraničí|külügyminiszter", "foreign minister"],
  ["besuch|visite(?![\\p{L}])|visita(?![\\p{L}])|bezoek|besøk|besök|vierailu|návštěv", "visit"],
  ["vermittl|médiation|mediazion|mediación|mediação|bemiddel|medling|mekling", "mediation"],
  ["gesprächsrunde|gespräche", "talks"],
  ["reunir-se|reunirá|reunión|réunion|riunione|treffen|ontmoet|møte(?![\\p{L}])|möte(?![\\p{L}])", "meeting"],
  ["tréguas?|trégua", "truce"],
  ["dodental|todeszahl|nombre de morts|bilancio delle vittime|número de muertos|número de mortos|dödstal|dødstall", "death toll"],
  ["luftalarm|flyalarm|luchtalarm|alerte aérienne|allarme aereo|alarma antiaérea|ilmahälytys|letecký poplach", "air raid alert"],
  ["drept(?:e|es)?(?![\\p{L}])|drepen", "killed"],
  ["glidebomb", "glide bomb"],
  ["prestito|préstamo|empréstimo|prêt(?![\\p{L}])|darlehen|lening(?![\\p{L}])", "loan"],
  ["granát|granaten|obus(?![\\p{L}])|projectiles?(?![\\p{L}])|artillerigranat", "shells"],
  ["bevilger|bevilget|bevilj", "allocates"],
];

// Words that only those languages write, a handful each (none an English word, nor a piece of one: not "un", read in
// "UN", "com" in "example.com", "ve" in "we've"): "und", "nicht", "les", "une", "che", "della", "según", "och", "het" …
const WESTERN_FUNCTION_WORDS = new Set(("und nicht mit sich wurde ist auf für bei nach zu dem das ein eine einer auch sagt hat wird sind " +
  "les des et est une du dans pour avec sur selon au aux qui été ont sont après " +
  "il che di della delle dei degli gli una sono nel nella alla ha è anche dopo " +
  "el que del por para según se una los las fue tras con contra al desde durante entre sobre este esta " +
  "os não uma pelo pela em foi após " +
  "het een van niet zijn voor wordt naar ook " +
  "och att det som för är på med av har inte efter enligt mot vid när sig också " +
  "og er ikke etter ifølge " +
  "je se že podle které jsou byl byla ze sa podľa aj bol bola ktorý ktorá ktoré pri počas nad " +
  "și pentru că după potrivit sunt fost " +
  "az és hogy nem szerint egy volt már " +
  "ja ei että mukaan oli ovat myös " +
  "su koji koja koje što prema nakon zbog kao ali smo mora").split(" "));
// (not "in", which German, Dutch, Swedish and Italian write too)
const ENGLISH_FUNCTION_WORDS = new Set("the and of to is was for on with that said has have are by from at it after".split(" "));

/**
 * True for text written in one of those languages, as its small words tell: some of theirs and few of English's. Proper
 * names and the war's words are alike in all of them; "the", "and", "of" are not.
 */
export function isWesternEuropean(text: string): boolean {
  let theirs = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (WESTERN_FUNCTION_WORDS.has(word)) theirs++;
    else if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
  }
  // (a headline may print none of them: "Ryska drönare över Odessa"; their letters and no English small word tell then)
  return theirs >= 1 ? theirs > english * 2 : english === 0 && WESTERN_LETTERS.test(text);
}
const WESTERN_LETTERS = /[äöåæøéèêëàâùûçñóíúãõüßïěščřžýůőű]/i;

const CYRILLIC = /[\u0400-\u04ff]/;
// (Polish is told by its own letters: its stems in plain Latin letters would touch English words otherwise)
const POLISH = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/;
// (or by its small words, in a line that prints none of those letters: "Moskwa: rozmowy pokojowe tylko na naszych warunkach")
const POLISH_FUNCTION_WORDS = /(?<![\p{L}])(?:się|nie|jest|oraz|przez|dla|tylko|już|który|która|które|został|została|zostało|naszych|podczas)(?![\p{L}])/iu;

/** One pattern per English word, of its Cyrillic stems or of its Latin (Polish) ones. */
function patterns(cyrillic: boolean): [RegExp, string][] {
  return WORDS.flatMap(([stems, english]) => {
    const own = stems.split("|").filter((stem) => CYRILLIC.test(stem) === cyrillic);
    return own.length > 0 ? [[new RegExp(`(?<![\\p{L}])(?:${own.join("|")})\\p{L}*`, "giu"), english] as [RegExp, string]] : [];
  });
}
const CYRILLIC_WORDS = patterns(true);
const POLISH_WORDS = patterns(false);
const WESTERN = WESTERN_WORDS.map(([stems, english]) => [new RegExp(`(?<![\\p{L}])(?:${stems})\\p{L}*`, "giu"), english] as [RegExp, string]);

/** The text with the war's words in those languages written as the English the rules know; others untouched. */
export function englishWarWords(text: string): string {
  // (only text in those scripts can hold them: most entries pass at once)
  let out = text;
  if (CYRILLIC.test(out)) for (const [pattern, english] of CYRILLIC_WORDS) out = out.replace(pattern, english);
  if (POLISH.test(out) || POLISH_FUNCTION_WORDS.test(out)) for (const [pattern, english] of POLISH_WORDS) out = out.replace(pattern, english);
  else if (isWesternEuropean(out)) for (const [pattern, english] of WESTERN) out = out.replace(pattern, english);
  return out;
}
