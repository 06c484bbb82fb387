/**
 * Common and breached passwords, and the words people build passwords from, for
 * passwordProblem (password-rules.ts), which compares without regard to case and also with
 * digits and punctuation around a password taken off ("Sommar2024!" is "sommar").
 *
 * Written from general knowledge of the passwords that top the published lists of breached
 * passwords, with Swedish ones added: Swedish words and phrases, first names and surnames,
 * places, landskap and municipalities, sports clubs, and the words of a municipality's
 * finance work (kommun, nämnd, budget, uppföljning). Words with å, ä and ö are also listed
 * without them. Words of fewer than four characters are left out: they never match a
 * password of the allowed length. Add words in lower case, separated by spaces or newlines.
 */
export const COMMON_PASSWORDS = `
0000 00000 000000 00000000 000000000000 007007 01011980 01012011 010203 098765 0987654321
0987654321098 101010 102030 1111 11111 111111 1111111 11111111 1111111111 11111111111
111111111111 111222 112233 11223344 112233445566 1212 121212 12121212 121212121212 12312 123123
123123123 123123123123 123123a 1232323q 123321 1234 12341234 123412341234 12344321 12345
1234554321 123456 1234567 12345678 123456789 1234567890 1234567890ab 1234567890abc
1234567890qwerty 123456789a 123456789abc 123456789q 123456a 123456q 123456qwerty 12345a 12345q
12345qwert 1234abcd1234 1234qwer 1234qwerasdf 123654 123654789 123789 123abc 123qwe 12qwaszx
1313 131313 134679 141414 147147 147258 147258369 147258369147 147852 147852369 151515 159357
159753 159753159753 159951 1966 1969 1974 1975 1977 1978 1979 1980 1981 1982 1984 1985 1986 1987
1988 1989 1990 1991 1992 1993 1994 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i
1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv 1qazxsw2 1qazxsw23edc 2000 202020 2112 212121 2222 222222
232323 242424 252525 315475 3333 333333 420420 4321 4444 444444 456789 4815162342 5150 54321
5555 55555 555555 55555555 654321 6666 666666 6969 696969 69696969 741852963 7654321 7777 777777
7777777 77777777 789456 789456123 852456 8675309 87654321 8888 888888 88888888 9379992 987654
98765432 987654321 987654321987 9999 999999 a12345 a123456 a1b2c3 aaaa aaaaaa aaaaaaaa abba
abc123 abc123456789 abcd1234 abcd1234abcd abcdef abcdefg abcdefghijkl abcdefghijklm aberg
abrahamsson access accord action adam adgangskode adidas admin admin123 administrator
administratör adrian agnes agneta airborne alaska albert albin aldreomsorg alex alexande
alexander alexandr alexis alfonsaberg alfonsåberg alfred algen algjakt alice alicia alingsas
alingsas! alingsas1 alingsas12 alingsas123 alingsas1234 alingsas12345 alingsas123456
alingsas2020 alingsas2021 alingsas2022 alingsas2023 alingsas2024 alingsas2025 alingsas2026
alingsås alingsås! alingsås1 alingsås12 alingsås123 alingsås1234 alingsås12345 alingsås123456
alingsås2020 alingsås2021 alingsås2022 alingsås2023 alingsås2024 alingsås2025 alingsås2026
alison allison alma almhult alpha alskar alskardig alskling alva alvdalen alvesta alvkarleby
alvsbyn alyssa amal amanda amazon america american anders anderson andersson andre andrea
andreas andreasson andrew andrey android aneby ange angel angela angelholm angeln angels angen
angermanland animal anna annika anthony anton antonio anvandare anvandarnamn användare
användarnamn apollo apple apple123 apples arbete arbetet arbetsformedlingen arbetsförmedlingen
arboga arizona arjang arjeplog arnold arsenal arsredovisning arthur arvid arvidsjaur arvidsson
arvika asd123 asdasd asdf asdf1234 asdfasdf asdfg asdfgh asdfghjk asdfghjkl asdfghjkl123
asdfghjkl1234 asdfghjklzxcvbnm asele ashley askersund asshole assman astorp astrid astrom atgard
atvidaberg august austin avalon avatar avdelningschef avengers avesta avvikelse awesome axel
axelsson azerty baby babygirl badass badboy badger bailey bajen bajs bajskorv bambam bamse
banana bandit bandy barbara barn barnen barney barnochunga baseball baseball1 bast basta bastad
bastard baste baten batman batman1 batman123 baxter bear beatles beaver beavis bebis beer bengt
bengtsfors bengtsson benjamin berg berggren berglund bergman bergqvist bergstrom bergström
bertil bibliotek bigboy bigcock bigdaddy bigdick bigdog bigred bigtits bilen bill billy birdie
birgitta bishop bitch bitches bitcoin biteme bjork bjorklund bjorn bjornborg bjornen bjurholm
bjuv björk björklund björn björnborg björnen blabar black blackpanther blagult blaklocka blavitt
blazer blekinge blink182 blockchain blom blomma blommor blomqvist blowjob blowme blue blåbär
blågult blåklocka blåvitt bobby boden bohuslan bohuslän bokforing bokföring bokslut bollebygd
bollnas bollnäs bollocks bond007 bonnie boobies booboo boobs booger boogie boomer boras borg
borgholm borlange borlänge borås boston botkyrka boxholm bracke bradley brandon brandy braves
brazil brenda brian britt brittany broder bromolla bromölla bronco broncos brooke brooklyn bror
brorsan brutus brynas brynäs bräcke bubba bubbles buddha buddy budget budget! budget1 budget12
budget123 budget1234 budget12345 budget123456 budget2020 budget2021 budget2022 budget2023
budget2024 budget2025 budget2026 budgeten budlight buffalo bulldog bulldogs bullet bullshit
burlov burlöv burton buster butter butthead bäst bästa bäste båstad båten calvin camaro cameron
camilla canada captain captainamerica cardinal carl carlos carmen carolina caroline carter
cartman casper cassie catwoman cecilia celtic champion chance changeit changeme changeme123
charles charlie cheese chef chefen chelsea cherokee cherry chester chevelle chevy chicago
chicken choklad chopper chris christ christin claesson claire classic claudia cocacola cock
coffee college colorado compaq computer connor contrasena controller controller! controller1
controller12 controller123 controller1234 controller12345 controller123456 controller2020
controller2021 controller2022 controller2023 controller2024 controller2025 controller2026
controllern cookie cool cooper copper corvette cougar courtney cowboy cowboys crazy creative
cricket crypto crystal cumshot cunt cykel cykeln daddy dahl dahlberg dakota dalarna dallas
dalsed dalsland dancer danderyd danger daniel danielle danielsson danmark darkness darkside
darthvader dave david dccomics deadpool death debbie december default degerfors delarsrapport
delårsrapport denise dennis denver destiny dexter diablo diamond dick dickhead diesel digger
digital disney djurgarden djurgardensif djurgården djurgårdensif doctor doggie dolphin dolphins
domino donald donkey dorotea douglas dragon dragon123 dragondragon dreamer dreams
driftredovisning driver drottning drottningen drowssap drummer ducati dumbom dummer duncan eagle
eagle1 eagles ebay ebba ebbe eclipse edvin edward einstein ekero ekerö eklund ekonom ekonomen
ekonomi ekonomi! ekonomi1 ekonomi12 ekonomi123 ekonomi1234 ekonomi12345 ekonomi123456
ekonomi2020 ekonomi2021 ekonomi2022 ekonomi2023 ekonomi2024 ekonomi2025 ekonomi2026 ekonomin
eksjo eksjö ekstrom ekström electric elephant elfsborg elias eliasson elin elisabeth elizabet
ella ellen ellie elliot elsa elvira elvis emelie emil eminem emma emmaboda empire england
engstrom engström enhetschef enigma enkoping enköping enter eric ericsson erik erika eriksson
eskilstuna eslov eslöv essunga ester eugene europa everton explorer extreme facebook fagel
fagersta faglar falcon falk falkenberg falkoping falköping falun familj familjen familjeomsorg
family fanskap fantasy farfar fargelanda farjestad farmor fender ferrari fika fikapaus filip
filipstad findus finland finspang finspång fire fireman fish fishing fiske fitta fjall fjallet
fjäll fjället fktrcfylh flen florida flower fluffy flyers football football1 foppa ford forest
forever forsakringskassan forsberg forshaga forskola forskolan forsorjningsstod fortnite
forvaltning forvaltningen forvaltningschef fotboll francis frank frankie franklin fransson fred
freddy fredrik fredriksson free freedom freepass freeuser freja frida friday friend friends
friidrott fritids frodo froggy frolunda frölunda fuck fucker fucking fuckme fuckoff fuckyou
fullmaktige fullmäktige fylhtq färgelanda färjestad fågel fåglar förskola förskolan
försäkringskassan försörjningsstöd förvaltning förvaltningen förvaltningschef gabriel gagnef
gais galina gallivare galore gandalf gandalf123 garden garfield gastrikland gateway gators gavle
gemini general genesis genius george georgia gfhjkm ghbdtn giants gibson ginger girls gislaved
glass gmail gnesta gnosjo gnosjö goblue goddag godis godjul godjulochgottnyttar
godjulochgottnyttår godkvall godkväll godmorgon godnatt godzilla golden golf golfer goober
google google123 goran gordon gotaland goteborg goteborg! goteborg1 goteborg12 goteborg123
goteborg1234 goteborg12345 goteborg123456 goteborg2020 goteborg2021 goteborg2022 goteborg2023
goteborg2024 goteborg2025 goteborg2026 gotene gotland grastorp green gregory greta gris grisen
grums gryffindor grästorp guest guest123 guinness guitar gullet gullspang gullspång gullunge
gunilla gunnar gunnarsson gunner gustafsson gustav gällivare gästrikland gävle gården göran
götaland göteborg göteborg! göteborg1 göteborg12 göteborg123 göteborg1234 göteborg12345
göteborg123456 göteborg2020 göteborg2021 göteborg2022 göteborg2023 göteborg2024 göteborg2025
göteborg2026 götene habo hacken hagfors hahaha hakansson halla halland hallefors hallon
hallsberg hallstahammar hallå halmstad halsingland hammarby hammaro hammarö hammer hamster
handboll haninge hanna hannah hans hansson haparanda happy happy1 hard hardcore harjedalen
harley harnosand harry harryda harrypotter hassleholm hast hastar hasten havet hawaii heather
heaven heby hedemora hedlund hedstrom hedström heja hejasverige hejda hejdå hejhej hejsan
hejsan! hejsan1 hejsan12 hejsan123 hejsan1234 hejsan12345 hejsan123456 hejsan2020 hejsan2021
hejsan2022 hejsan2023 hejsan2024 hejsan2025 hejsan2026 helena hello hello1 hello123 hellstrom
hellström helpme helsingborg helsingborgsif helvete hemlig hemlig! hemlig1 hemlig12 hemlig123
hemlig1234 hemlig12345 hemlig123456 hemlig2020 hemlig2021 hemlig2022 hemlig2023 hemlig2024
hemlig2025 hemlig2026 hemlighet hemligheten hemligt hemma hemmet hemtjanst hemtjansten hemtjänst
hemtjänsten hendrix henrik henriksson hentai hermansson hermione herrljunga himlen himmel hiphop
hitman hjarta hjartat hjärta hjärtat hobbes hockey hofors hoganas hogsby hogwarts hollviken holm
holmberg holmgren homer honda hoor hooters hora horby horney horny horses host hosten hosten!
hosten1 hosten12 hosten123 hosten1234 hosten12345 hosten123456 hosten2020 hosten2021 hosten2022
hosten2023 hosten2024 hosten2025 hosten2026 hotdog hotmail hotrod house houston howard huddinge
hudiksvall hugo hulk hultsfred hummer hund hundar hunden hunter huset huvudbok hv71 hylte häcken
hällefors hälsingland härjedalen härnösand härryda hässleholm häst hästar hästen håbo håkansson
höganäs högsby höllviken hörby höst hösten hösten! hösten1 hösten12 hösten123 hösten1234
hösten12345 hösten123456 hösten2020 hösten2021 hösten2022 hösten2023 hösten2024 hösten2025
hösten2026 höör ibrahimovic iceman idalonneberga idalönneberga idiot ifkgoteborg ifkgöteborg
ifknorrkoping ifknorrköping ikea iloveyou iloveyou1 iloveyou123456 iloveyou2 iloveyouiloveyou
indian individ ines infinity ingela ingemar inger ingrid innebandy instagram internet intranat
intranät iphone ireland ironman isak isaksson isen ishockey island iwantu jack jackass jackie
jackson jagalskardig jagare jaguar jagälskardig jake jakobsson jakt james jamtland jansson
jarfalla jasmine jason jasper javla javlar jedi jeffrey jennifer jenny jeremy jesper jessica
jessie jester jesus jimmy joakim jobbet johan johanna johannes johansson john johnny johnson
joker jokkmokk jonas jonathan jonkoping jonsson jordan jordan23 jordgubbar jordgubbe jorgen
josefin joseph joshua julafton julen julia jullov junior jupiter justice justin juventus jägare
jämtland järfälla jävla jävlar jönköping jönsson jörgen kaffe kaffet kalix kalle kalleanka
kalmar kalmarff kanelbullar kanelbulle kanin kaninen karin karina karl karlek karleken karlsborg
karlshamn karlskoga karlskrona karlsson karlssonpataket karlssonpåtaket karlstad katrineholm
katt katten katter kavlinge kawasaki kelly kermit kerstin kevin killer kimberly kinda king
kirill kiruna kiss kisse kissekatt kitten kitty kjell kladdkaka klara klarna klaster klippan
knackebrod knattarna knight knivsta knäckebröd kodeord kollega kollegor kommun kommun! kommun1
kommun12 kommun123 kommun1234 kommun12345 kommun123456 kommun2020 kommun2021 kommun2022
kommun2023 kommun2024 kommun2025 kommun2026 kommunal kommunalt kommunbidrag kommundirektor
kommundirektör kommunen kommunfullmaktige kommunfullmäktige kommunhuset kommunstyrelse
kommunstyrelsen kontoret koping kossa kottbullar kraftskiva kram kramar kramfors kristianstad
kristina kristinehamn kristoffer krokom kronor kräftskiva kumla kung kungalv kungen kungen123
kungsbacka kungsor kungsör kungälv kärlek kärleken kävlinge köping köttbullar lacrosse laholm
lakers lakrits lalala landskrona landsting landstinget langdskidor lansstyrelsen lappland lars
larsson lasvegas lauren laxa laxå ledamot legend leif lekeberg leksand lena lennart lerum leslie
lessebo letmein letmeinletmein liam liberty lidingo lidingö lidkoping lidköping lifehack
liljekonvalj lillamy lille lilly lind linda lindberg lindesberg lindgren lindholm lindqvist
lindstrom lindström lingon linkedin linkoping linkopinghc linköping linköpinghc linnea linus
lisa lisbeth little liverpoo liverpool lizard ljungby ljusdal ljusnarsberg lodjur lofgren login
login123 logitech loki lol123 lomma london lonneberga lordagsgodis losen losenord losenord!
losenord1 losenord12 losenord123 losenord1234 losenord12345 losenord123456 losenord2020
losenord2021 losenord2022 losenord2023 losenord2024 losenord2025 losenord2026 losenordet louise
lova love lovelove lovely loveme lover loverboy lovers loveyou lucas lucia lucky lucky1 ludvig
ludvika lulea luleahockey luleå luleåhockey lund lundberg lundgren lundin lundqvist lundstrom
lundström lycksele lysekil längdskidor länsstyrelsen löfgren lönneberga lördagsgodis lösen
lösenord lösenord! lösenord1 lösenord12 lösenord123 lösenord1234 lösenord12345 lösenord123456
lösenord2020 lösenord2021 lösenord2022 lösenord2023 lösenord2024 lösenord2025 lösenord2026
lösenordet maddog madison madmax madonna maggie magic magnum magnus magnusson maja mala malin
malmo malmo! malmo1 malmo12 malmo123 malmo1234 malmo12345 malmo123456 malmo2020 malmo2021
malmo2022 malmo2023 malmo2024 malmo2025 malmo2026 malmoff malmö malmö! malmö1 malmö12 malmö123
malmö1234 malmö12345 malmö123456 malmö2020 malmö2021 malmö2022 malmö2023 malmö2024 malmö2025
malmö2026 malmöff malung malå mamma mamma123 manadsrapport manadsuppfoljning manen mansson
manutd marcus margareta maria marianne marie mariestad marina marine marines mark markaryd
marlboro marley marshall marsvin martensson martin martinsson marvel marvin maryjane maskros
master master123 matilda matrix mats matt matthew mattias mattsson maverick maximus maxwell
medarbetare medelpad melanie melissa mellerud melvin member mercedes mercury merlin metallic
metallica mexico michael michael1 michelle michigan mickey microsoft midnight midsommar
midsommarafton mikael mike miller mine minecraft minecraft123 missbruk missen mitchell mjolby
mjölby mmmmmm mnbvcxz modo molly molndal molnet monday money money1 monica monkey monkey123
monkeymonkey monster monsteras montana mookie mopeden mora morbylanga morfar morgan mormor
motala motdepasse mother motorola mountain mozart muffin mullsjo mullsjö mumin mumintrollet
munkedal munkfors murphy music musse mustang myspace1 månadsrapport månadsuppföljning månen
månsson mårtensson mölndal mönsterås mörbylånga nacka namnd namnd! namnd1 namnd12 namnd123
namnd1234 namnd12345 namnd123456 namnd2020 namnd2021 namnd2022 namnd2023 namnd2024 namnd2025
namnd2026 namnden namnder namndkoll namndledamot narke naruto nascar nassjo natalie natasha
nathan naughty ncc1701 ncc1701d nelson nemesis netflix newport newyork nicholas nicole nikita
niklas nils nilsholgersson nilsson nintendo nirvana nissan noah nora norberg nord nordanstig
nordin nordmaling nordstrom nordström norge norman norrbotten norrkoping norrköping norrland
norrtalje norrtälje norsjo norsjö nothing november nubbe nyar nyaret nyberg nybro nyckel nyckeln
nykoping nykvarn nyköping nynashamn nynäshamn nystrom nyström nyår nyåret nämnd nämnd! nämnd1
nämnd12 nämnd123 nämnd1234 nämnd12345 nämnd123456 nämnd2020 nämnd2021 nämnd2022 nämnd2023
nämnd2024 nämnd2025 nämnd2026 nämnden nämnder nämndkoll nämndledamot närke nässjö nörd oberg
ockelbo ockero october odeshog office365 oksana oland olen oliver olivia olof olofsson olofstrom
olofström olsson omsorg omsorgen online oppnasesam orange ordforande ordförande orebro orgryte
orkelljunga ornskoldsvik orsa orust osby oskar oskarshamn osteraker ostergotland ostersund
osthammar ostragoinge ou812 outlook ovanaker ovanåker overkalix overtornea oxelosund oxelösund
p@ssw0rd p@ssword pa55w0rd pa55word packers pajala pakistan palsson pamela pantera panther
panthers panties pappa pappa123 paradise parker parola partille pask pasken pass passion passord
passport passw0rd passw0rd1 password password1 password123 password1234 password12345
password123456 passwordpassword passwort patches patricia patrick patrik patriots paul paypal
peaches peanut pearljam peekaboo penguin penis people pepper personal personalen persson
perstorp peter peterforsberg petra pettersson pettson phantom phoenix phpbb picard pigg pimpin
pippi pippilangstrump pippilångstrump pirate pitea piteå platinum playboy player please plugget
pokemon pokemon123 police polina politiker ponny poohbear pookie poop poopoo popcorn porn porno
porsche power prastkrage predator prince princess princess1 prins prinsen prinsessa
prinsesstarta prinsesstårta private prognos prognosen prästkrage psycho pumpkin punsch purple
puss pussgurka pussochkram pussy pålsson påsk påsken q1w2e3 q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6
q1w2e3r4t5y6u7i8 qazwsx qazwsxedc qazwsxedcrfv qazwsxedcrfvtgb qazxsw qqq111 qqqqqq qwaszx
qwe123 qweasd qweasdzxc qweasdzxc123 qweqwe qwer1234 qwert qwerty qwerty1 qwerty12 qwerty123
qwerty1234 qwerty123456 qwerty1234567 qwertyqwerty qwertyu qwertyui qwertyuiop qwertyuiop123
qwertyuiopasdfgh qwertyuiopasdfghjkl rabbit rachel racing radhuset ragunda raider raiders
rainbow ranger rangers raptor raring rascal rasdzv3 rasmus rattvik raven razz rebecca red123
reddog redrum redskins redsox redwings reggie region regionen regn regnbage regnbåge resultat
revision revisor revisorn richard ridning robert robertsfors robin roblox rock rocket rockstar
rocky roger rogle roland rolf rolltide ronja ronjarovardotter ronjarövardotter ronneby rooster
root rosebud rosor runner rush2112 ruslan russell russia rättvik räven rådhuset rögle saab
sabrina saffle saga saints sala salasana salem salen samantha sammy samson samst samsung
samsung123 samuel samuelsson sandberg sandman sandra sandstrom sandström sandviken sara sarah
sater saturn sauron savsjo scania scarface school scooby scooter scorpio scorpion scotland scott
scotty sebastian secret security selma semester semla semlor semperfi senha serega sergey sesam
sexsex sexy shadow shadow123 shannon sharon shelby shit shithead shorty sierra sigge signe
sigtuna silver simning simon simple simpson simpsons simrishamn sirius sixten sjoberg sjobo
sjogren sjon sjöberg sjöbo sjögren sjön skalman skane skara skargarden skatteverket skelleftea
skellefteaaik skellefteå skellefteåaik skidor skinnskatteberg skipper skippy skit skitstovel
skitstövel skog skogen skola skolan skovde skurup skutt skyline skype skywalker skärgården skåne
skövde slalom slayer slipknot slut smaland smedjebacken smith smokey smooth smultron småland
snaps snickers sniper snon snoopy snopp snowball snusmumriken snön soccer socialchef
socialforvaltning socialforvaltningen socialförvaltning socialförvaltningen socialnamnd
socialnamnden socialnämnd socialnämnden socialtjanst socialtjansten socialtjänst socialtjänsten
soderberg soderhamn soderkoping sodermanland sodertalje sofia softball solen solleftea sollefteå
sollentuna solna solros solsken solvesborg sommar sommar! sommar1 sommar12 sommar123 sommar1234
sommar12345 sommar123456 sommar2020 sommar2021 sommar2022 sommar2023 sommar2024 sommar2025
sommar2026 sommaren sommarlov sommarstugan sophie sorsele sotenas sotenäs sotis sotnos spanky
sparky speedy spencer spider spiderma spiderman spirit spitfire spooky sportlov spotify spring
stadshuset staffanstorp stalker stanley star stargate startrek starwars starwars123 steelers
stefan stella stenmark stenungsund stephen steve steven stinky stjarna stjarnor stjärna stjärnor
stockholm stockholm! stockholm1 stockholm12 stockholm123 stockholm1234 stockholm12345
stockholm123456 stockholm2020 stockholm2021 stockholm2022 stockholm2023 stockholm2024
stockholm2025 stockholm2026 storfors storuman strand strangnas strom stromstad stromsund
strängnäs ström strömstad strömsund stugan stupid sublime success sucker suckit suckme summer
sundberg sundbyberg sundin sundsvall sune sunne sunshine sunshine1 super superman superman1
superstar surahammar surfer surstromming surströmming susanne suzuki svalov svalöv svealand
svedala sven svenljunga svensk svenska svenskt svensson sverige sverige! sverige1 sverige12
sverige123 sverige1234 sverige12345 sverige123456 sverige2020 sverige2021 sverige2022
sverige2023 sverige2024 sverige2025 sverige2026 svetlana sweet swordfis sydney system syster
systern säffle sälen sämst säter sävsjö söderberg söderhamn söderköping södermanland södertälje
sölvesborg sötis sötnos taby tage tanum taylor tennis teresa test test123 tester testing theman
theo therese therock thomas thor thumper thunder thx1138 tibro tidaholm tierp tiffany tiger
tigers tigger tilda timothy timra timrå tingsryd tinker titanic tits tjabba tjabbatjena tjena
tjenare tjorn tjörn tobias tomcat tomelilla tommy tont toor topgun toreboda torpet torsas torsby
torsås totoro tove toyota tranas tranemo tranås travis trekronor trelleborg trinity trollhattan
trollhättan trosa trouble trustno1 trustno1trustno1 tucker tulpan tulpaner turkey turtle tuva
tweety twitter tyreso tyresö täby tönt töreboda uddevalla uggla ulla ulricehamn ulrika umea umeå
united uppfoljning uppfoljningen uppföljning uppföljningen uppland upplandsbro upplandsvasby
upplandsväsby uppsala uppvidinge user user123 usuckballz1 utskott vadstena vaggeryd valborg
valdemarsvik valentin valkommen valkommen! valkommen1 valkommen12 valkommen123 valkommen1234
valkommen12345 valkommen123456 valkommen2020 valkommen2021 valkommen2022 valkommen2023
valkommen2024 valkommen2025 valkommen2026 valkommenin vallentuna valp valpen valter vampire
vanersborg vanessa vannas vansbro vara varberg varden varen varen! varen1 varen12 varen123
varen1234 varen12345 varen123456 varen2020 varen2021 varen2022 varen2023 varen2024 varen2025
varen2026 varg vargarda vargen varmdo varmland varnamo vasaloppet vasteras vasterbotten
vastergotland vastervik vastmanland vaxholm vaxjo vaxjolakers vegeta vellinge vera veronica
vetlanda vfhbyf vfrcbv victor victoria victory viggo vikarie viking vikings viklund viktor
vilhelmina villan vimmerby vincent vindeln vinet vingaker vingåker vinnare vinter vinter!
vinter1 vinter12 vinter123 vinter1234 vinter12345 vinter123456 vinter2020 vinter2021 vinter2022
vinter2023 vinter2024 vinter2025 vinter2026 vintern viper virginia visby vision vladimir volvo
voodoo voyager välkommen välkommen! välkommen1 välkommen12 välkommen123 välkommen1234
välkommen12345 välkommen123456 välkommen2020 välkommen2021 välkommen2022 välkommen2023
välkommen2024 välkommen2025 välkommen2026 välkommenin vänersborg vännäs värmdö värmland värnamo
västerbotten västergötland västervik västerås västmanland växjö växjölakers vården våren våren!
våren1 våren12 våren123 våren1234 våren12345 våren123456 våren2020 våren2021 våren2022 våren2023
våren2024 våren2025 våren2026 vårgårda wachtwoord walker wallin walter wanker warcraft warrior
water welcome welcome1 welcome123 welcomewelcome westside whatever wikstrom wikström wildcat
wildcats william williams willie willow wilma wilson windows windows10 windows11 winner winston
winter wizard wolf wolfpack wolverin wombat wonderwoman xavier xxxx xxxxxx xxxxxxxx yahoo yamaha
yankee yankees ydre yellow yfnfif yoda youtube ystad yvonne zachary zaq12wsx zaq12wsxcde3
zaq1zaq1zaq1 zlatan zombie zxc123 zxcvbn zxcvbnm zxcvbnmasdfg zzzzzz äldreomsorg älgen älgjakt
älmhult älskar älskardig älskling älvdalen älvkarleby älvsbyn ängel ängelholm ängeln ängen åberg
åmål ånge ångermanland årjäng årsredovisning åsele åstorp åström åtgärd åtvidaberg öberg öckerö
ödeshög öland ölen öppnasesam örebro örgryte örkelljunga örnsköldsvik östergötland östersund
österåker östhammar östragöinge överkalix övertorneå
`;
