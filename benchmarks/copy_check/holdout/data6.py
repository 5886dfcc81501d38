# Extra copies for products defined in data1..data5: more hard-but-true faithful copies,
# near-duplicates and hygiene problems (refusals, placeholders, prices), added after a first tally.
from common import EXTRA, O, X, D

# --- sources for near-duplicates (faithful copies that name their product)
EXTRA("orrin-classic-fountain-pen",
      O("en", "The Orrin Classic Fountain Pen writes with a steel nib in Fine or Medium, on a lacquered brass barrel that weighs 32 g. A converter and two cartridges come in the box.",
        key="orrin-src"))
EXTRA("pearlina-freshwater-pearl-studs",
      O("zh", "Pearlina淡水珍珠耳钉，AAA级7至7.5毫米养殖珍珠，14K黄金耳针，简约百搭。", key="pearlina-src"))
EXTRA("steadystep-folding-walker",
      O("en", "The SteadyStep Folding Walker folds flat with one button, weighs 6.5 lb and supports up to 300 lb. Front wheels are 5 in, with glide caps on the back legs.",
        key="walker-src"))
EXTRA("warmhaven-1500w-ceramic-heater",
      O("zh", "WarmHaven陶瓷暖风机，750瓦/1500瓦两档，倾倒断电加过热保护，适合约14平方米的小房间，ETL认证。",
        key="heater-src", note="conversion 150 sq ft = 13.9 m²"))

# --- near-duplicates
EXTRA("inkline-gel-pens-12",
      D("en", "orrin-src", "The Orrin Classic Fountain Pen", "The Inkline Gel Pen 12 Pack",
        note="fountain-pen copy reused: steel nib, brass barrel, 32 g, converter"))
EXTRA("petal-28mm-quartz-watch",
      D("en", "meridian-200-automatic-diver#0", "The Meridian 200", "The Petal 28 mm Quartz Watch",
        note="dive-watch copy reused: 42 mm, sapphire, NH35 automatic, 200 m"))
EXTRA("sola-gold-plated-huggies",
      D("zh", "pearlina-src", "Pearlina淡水珍珠耳钉", "Sola镀金小圈耳环",
        note="pearl-stud copy reused: pearls and 14k gold posts"))
EXTRA("comfort-grip-offset-cane",
      D("en", "walker-src", "The SteadyStep Folding Walker", "The Comfort Grip Offset Cane",
        note="walker copy reused: folds flat, 6.5 lb, 300 lb, wheels"))
EXTRA("leafware-compostable-plates-50",
      D("en", "partyline-plastic-tablecloths-6#0", "Partyline Plastic Tablecloths", "Leafware 10 in Compostable Plates",
        note="tablecloth copy reused"))
EXTRA("cloudrest-down-alternative-duvet",
      D("zh", "sangcansi-summer-duvet#0", "100%桑蚕长丝夏被", "CloudRest四季被芯",
        note="silk summer-duvet copy reused: silk fill, 1 kg, 200x230 cm, dry clean"))
EXTRA("quietbreeze-42in-tower-fan",
      D("zh", "heater-src", "WarmHaven陶瓷暖风机", "QuietBreeze塔扇",
        note="heater copy reused: 750/1500 W, ETL, tip-over"))

# --- hygiene and other contradictions
EXTRA("nomad-25l-laptop-backpack",
      X("en", "Meet [Product Name]: 25 liters of commuter-ready storage with a padded 16-inch laptop sleeve.",
        [("placeholder", "[Product Name]", "unfilled template placeholder", "copy")]))
EXTRA("glide-rollator-seat-basket",
      X("zh", "【产品名称】带座四轮助行车，8英寸大轮，座高21英寸，附靠背和储物篮。",
        [("placeholder", "【产品名称】", "unfilled template placeholder", "copy")]))
EXTRA("trailpump-floor-pump",
      X("en", "TrailPump Floor Pump with Gauge. Feature 1: lorem ipsum. Feature 2: lorem ipsum. Pumps to 160 psi.",
        [("placeholder", "Feature 1: lorem ipsum. Feature 2: lorem ipsum.", "unfilled template filler", "copy")]))
EXTRA("mist-waffle-shower-curtain",
      X("en", "Mist Waffle Weave Shower Curtain: {{bullet_points}} Machine washable polyester in three colors.",
        [("placeholder", "{{bullet_points}}", "unfilled template variable", "copy")]))
EXTRA("linden-cotton-percale-sheets",
      X("en", "As an AI language model, I cannot guarantee claims about sleep quality. That said, the Linden set is 400-thread-count long-staple cotton percale.",
        [("refusal", "As an AI language model, I cannot guarantee claims about sleep quality.", "leaked model refusal", "copy")]))
EXTRA("transit-carry-on-spinner-22",
      X("zh", "抱歉，作为AI助手，我无法提供该商品的实时信息。Transit登机箱采用聚碳酸酯箱壳，容量40升。",
        [("refusal", "抱歉，作为AI助手，我无法提供该商品的实时信息。", "leaked model refusal", "copy")]))
EXTRA("ember-realms-strategy-game",
      X("en", "I'm sorry, but I can't help with that request.",
        [("refusal", "I'm sorry, but I can't help with that request.", "leaked model refusal (whole text)", "copy")]))
EXTRA("pulsecheck-upper-arm-bp-monitor",
      X("en", "I can't make medical claims about this device. PulseCheck Upper Arm Blood Pressure Monitor: two users, 120 readings each.",
        [("refusal", "I can't make medical claims about this device.", "leaked model refusal", "copy")]))
EXTRA("zhusi-mahjong-144",
      X("zh", "很抱歉，我不能协助创作与赌博相关的内容。竹丝麻将144张，附骰子和收纳箱。",
        [("refusal", "很抱歉，我不能协助创作与赌博相关的内容。", "leaked model refusal", "copy")]))
EXTRA("kanso-bamboo-desk-organizer",
      X("en", "Back in stock! The Kanso Bamboo Desk Organizer gives you five compartments plus a drawer. Solid bamboo with a natural oil finish.",
        [("price_stock", "Back in stock!", "copy must not state stock", "copy")]))
EXTRA("rainpure-8in-rainfall-shower-head",
      X("en", "An 8-inch brass rain head with silicone nozzles, WaterSense certified at 1.8 GPM. Spa showers at home for $59, with free shipping on every finish.",
        [("price_stock", "for $59", "copy must not state prices", "copy")], note="the price is right, but any price in copy counts"))
EXTRA("boltline-heavy-duty-stapler",
      X("zh", "前置装钉，换钉方便。Boltline重型订书机，一次可订100张，压铸金属机身，十年质保。",
        [("warranty", "十年质保", "Warranty: 5 years", "warranty")]))
EXTRA("summit-100l-rolling-duffel",
      X("en", "Room for 100 liters of gear. Summit 100L rolling duffel in TPU-coated 1000D nylon, with a 1-year warranty.",
        [("warranty", "a 1-year warranty", "Warranty: Lifetime", "warranty")]))
EXTRA("voltrescue-2000a-jump-starter",
      X("zh", "VoltRescue应急启动电源，2000安峰值电流，适用于24伏货车和大巴。带反接和短路保护。",
        [("compatibility", "适用于24伏货车和大巴", "Compatible with: 12 V vehicles", "compatible_with")]))

# --- more faithful copies, mostly hard-but-true
EXTRA("fieldnote-a5-dot-grid-notebook",
      O("en", "A5 dot grid notebook | hardcover | 192 pages | 100gsm | lay flat | Sage Green | Fieldnote", note="SEO line"))
EXTRA("kanso-bamboo-desk-organizer",
      O("en", "Desk clutter, meet bamboo.\n• 5 compartments\n• 1 drawer\n• Weighs under 2 lb", note="1.9 lb = 'under 2 lb'"))
EXTRA("boltline-heavy-duty-stapler",
      O("en", "A 65 mm throat (about 2.5 in) reaches well into the page, and the die-cast body keeps it steady.", note="conversion 65 mm = 2.56 in"))
EXTRA("shredsafe-10-sheet-micro-cut",
      O("en", "Home office hero: shreds up to 10 sheets, staples and all, at a steady 65 dB."))
EXTRA("trackguard-floor-mats-rav4",
      O("en", "Winter slush, summer sand: these all-weather mats for your RAV4 can take it. Built to last, and backed by a limited lifetime warranty."))
EXTRA("airpeak-12v-tire-inflator",
      O("en", "Weighs about 635 g, so it lives happily in the glovebox until you need it.", note="conversion 1.4 lb = 635 g"))
EXTRA("voltrescue-2000a-jump-starter",
      O("en", "Just under a kilo (2.2 lb) of rescue power, with reverse-polarity and short-circuit protection built in.",
        note="conversion 2.2 lb = 0.998 kg, 'just under a kilo'"))
EXTRA("cleararc-beam-wiper-blade",
      O("en", "Need a 22-inch? It's here, along with 16, 18, 20, 24 and 26. Made for J-hook arms."))
EXTRA("alder-ridge-d10-dreadnought",
      O("en", "Perfect gift for a new player: a solid spruce top that opens up the more you play, in Natural or Sunburst.",
        note="marketing phrasing; 'solid spruce top' is true though back and sides are laminate"))
EXTRA("thunderbeat-5a-hickory-sticks",
      O("en", "About 41 cm of American hickory in the classic 5A size: the stick most drummers start with.", note="conversion 16 in = 40.6 cm"))
EXTRA("ashwood-snare-cajon",
      O("en", "Made in Spain: birch ply body, beech face and snare wires you can dial in."))
EXTRA("linden-cotton-percale-sheets",
      O("en", "Cool, crisp percale that you'll want on the bed all summer. Twin, Full, Queen or King."))
EXTRA("lune-22-momme-silk-pillowcase",
      O("en", "22 momme silk, heavier than the common 19 momme, with a zipper that stays hidden from view.",
        note="comparison with 19 momme is true; no contradiction"))
EXTRA("bambu-contour-memory-foam-pillow",
      O("en", "A 3-year warranty on a pillow that keeps its shape, with a cover you can pop in the wash.",
        note="only the cover is washable, and the copy says only the cover"))
EXTRA("harbor-turkish-cotton-towel-set",
      O("en", "Bath towels measure about 76 x 142 cm, hand towels 41 x 76 cm. Made in Turkey from Turkish cotton.",
        note="conversions 30x56 in = 76x142 cm, 16x30 in = 41x76 cm"))
EXTRA("stonedry-diatomite-bath-mat",
      O("en", "At about 4.6 lb it stays put on the floor, no sliding when you step out.", note="conversion 2.1 kg = 4.63 lb"))
EXTRA("calmweight-weighted-blanket",
      O("en", "Choose 10, 15 or 20 lb in Gray or Navy. Heads up: the duvet cover is sold separately."))
EXTRA("meridian-200-automatic-diver",
      O("en", "20 ATM of water resistance, a sapphire crystal, and a 12.8 mm case with 20 mm lugs for easy strap swaps.",
        note="20 ATM = 200 m"))
EXTRA("milano-italian-leather-strap",
      O("en", "Got 20 mm lugs? That's the most common size, and it's here alongside 18 and 22 mm."))
EXTRA("transit-carry-on-spinner-22",
      O("en", "Expands an extra 1.5 in when souvenirs need room, then zips back down for the flight home."))
EXTRA("nomad-25l-laptop-backpack",
      O("en", "Commuter backpack with a padded laptop sleeve, recycled fabric and a luggage pass-through strap.",
        note="padded sleeve and pass-through strap are not in the facts: unsupported but not contradicted"))
EXTRA("summit-100l-rolling-duffel",
      O("en", "Roughly 4.3 kg empty, with room for a week of gear for two.",
        note="conversion 9.5 lb = 4.31 kg; 'a week of gear for two' is unverifiable marketing"))
EXTRA("glide-rollator-seat-basket",
      O("en", "Seat 21 in up (53 cm), 8 in wheels, and a frame backed by a lifetime warranty.", note="conversion 21 in = 53.3 cm"))
EXTRA("safeseat-shower-chair-backrest",
      O("en", "Assembles without tools in minutes, and the rubber tips keep it planted on wet tile."))
EXTRA("stablestride-hinged-knee-brace",
      O("en", "Latex-free and neoprene-free, so it's kind to people who react to either."))
EXTRA("popbright-latex-balloons-100",
      O("en", "Filled with helium they float for about 8 to 12 hours, so blow them up the morning of the party. For ages 8 and up."))
EXTRA("studio-acrylic-paint-24",
      O("en", "For painters 6 and up, with brushes that clean up with soap and water.", note="'6 and up' = 6+ years"))
EXTRA("meadow-superwash-merino-dk",
      O("en", "246 yards per skein in DK weight. Knit it on US 6 (4 mm) needles."))
EXTRA("clayfun-polymer-clay-36",
      O("en", "Each of the 36 colors comes in a 20 g block (about 0.7 oz), with five tools for shaping.", note="conversion 20 g = 0.71 oz"))
EXTRA("aerolite-road-helmet",
      O("en", "Two sizes cover heads from 54 to 62 cm, about 21 to 24.4 inches.", note="conversion 54–62 cm = 21.3–24.4 in"))
EXTRA("ironclad-16mm-u-lock",
      O("en", "Weighs 3.3 lb (1.5 kg), with an inside space of about 4 x 8 in for frame and wheel.",
        note="conversions 3.3 lb = 1.50 kg; 100 x 200 mm = 3.9 x 7.9 in"))
EXTRA("roadtube-700c-inner-tube",
      O("en", "Grab the two-pack: one for the bike, one for the saddle bag."))
EXTRA("aerovac-cordless-stick-vacuum",
      O("en", "Charges fully in about 4 hours, then cleans for up to 40 minutes in eco mode."),
      O("zh", "AeroVac无线吸尘器，不用插电，随拿随用，整机约2.5公斤。", note="conversion 5.5 lb = 2.49 kg"))
EXTRA("purewave-h13-air-purifier",
      O("en", "Whisper-quiet at 24 dB on its lowest setting, so it can run all night."),
      O("zh", "PureWave净化器三重过滤：初效滤网、H13 HEPA、活性炭，白色和石板灰两色。"))
EXTRA("sealright-ptfe-tape-10",
      O("en", "Each roll is 13.2 m of 12 mm tape, just 0.075 mm thin."))
EXTRA("hartwell-passage-door-lever",
      O("en", "Lifetime mechanical warranty and 5 years on the finish. Satin Nickel, Matte Black or Oil-Rubbed Bronze."))
EXTRA("say-what-adult-party-card-game",
      O("en", "Not for kids: a 17+ party game for big groups of up to 20 players."))
EXTRA("heirloom-weighted-chess-set",
      O("en", "The king stands 3 inches tall (about 7.6 cm), weighted so it won't topple.", note="conversion 3 in = 7.62 cm"))
EXTRA("tidepool-cooperative-game",
      O("en", "A 30-minute co-op for ages 8 and up. Perfect for family night."))
EXTRA("harborlight-1000-piece-puzzle",
      O("en", "A 1000-piece evening project for puzzlers 12 and up."))
EXTRA("glide-rollator-seat-basket",
      O("zh", "Glide助行车车架终身保修，其他部件保修一年。"))
EXTRA("meridian-200-automatic-diver",
      O("zh", "Meridian 200潜水表，表壳厚12.8毫米，表耳宽20毫米，防水20个大气压。", note="20个大气压 = 20 ATM = 200 m"))
