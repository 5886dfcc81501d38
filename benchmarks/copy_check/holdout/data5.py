# Home appliances; plumbing & hardware; board games.
from common import P, O, X, D

APP = "Home & Garden > Household Appliances"
P("steamwell-1700w-steam-iron", "SteamWell 1700 W Steam Iron", "SteamWell", "Steam Iron",
  APP + " > Laundry Appliances > Irons & Ironing Systems", "iron, laundry", "49.99", 1400,
  body="<p>Vertical steam, anti-drip, 3-way auto shut-off. Self-clean function.</p>",
  attrs={"wattage": "1700 W", "capacity": "300 ml water tank", "material": "Ceramic-coated soleplate", "cordless": "No",
         "length": "8 ft cord", "certifications": "ETL", "warranty": "2 years"},
  opts=[("Color", ["Blue", "Lilac"])],
  copies=[
    O("en", "The SteamWell Steam Iron puts out 1700 W with a ceramic-coated soleplate, a 300 ml tank and vertical steam. Auto shut-off works in three positions."),
    X("en", "Glide through shirts on a polished stainless steel soleplate, with 1700 W of steam power behind it.",
      [("material", "a polished stainless steel soleplate", "Material: Ceramic-coated soleplate", "material")]),
    X("en", "SteamWell's cordless design lets you iron without tangles. Vertical steam, anti-drip and self-clean.",
      [("feature", "cordless design", "Cordless: No; 8 ft cord", "cordless")]),
    O("en", "A 300 ml tank (roughly 10 fl oz) and an 8 ft cord give you room to work. ETL listed, with a 2-year warranty.",
      note="conversion 300 ml = 10.1 US fl oz"),
    O("zh", "1700瓦蒸汽熨斗，陶瓷涂层底板，300毫升水箱，可垂直挂烫，防滴漏，三向自动断电，带自清洁功能。"),
  ])

P("breezeline-handheld-garment-steamer", "Breezeline Handheld Garment Steamer", "Breezeline", "Garment Steamer",
  APP + " > Laundry Appliances > Garment Steamers", "steamer, travel", "39.99", 900,
  body="<p>Continuous steam for about 12 minutes per fill. Fabric brush and lint brush included. Do not use on leather or suede.</p>",
  attrs={"wattage": "1200 W", "capacity": "240 ml", "heat_up": "25 seconds", "cordless": "No", "certifications": "ETL", "warranty": "1 year"},
  copies=[
    D("en", "steamwell-1700w-steam-iron#0", "The SteamWell Steam Iron", "The Breezeline Handheld Garment Steamer",
      note="also carries the iron's 1700 W, soleplate and 300 ml tank"),
    O("en", "Ready in 25 seconds, with about 12 minutes of continuous steam from each 240 ml fill. Fabric and lint brushes included."),
    X("en", "Heats up in 25 seconds. Breezeline steams for 45 minutes on a single fill, so you can do the whole closet at once.",
      [("number_unit", "45 minutes on a single fill", "Continuous steam for about 12 minutes per fill", "description")]),
    X("zh", "Breezeline手持挂烫机，{{feature_1}}，25秒快速出蒸汽。",
      [("placeholder", "{{feature_1}}", "unfilled template variable", "copy")]),
    O("zh", "手持挂烫机，1200瓦，25秒出蒸汽，水箱240毫升（约8盎司），一箱水约可连续喷12分钟。皮革和麂皮请勿使用。",
      note="conversion 240 ml = 8.1 US fl oz"),
  ])

P("aerovac-cordless-stick-vacuum", "AeroVac Cordless Stick Vacuum", "AeroVac", "Stick Vacuum",
  APP + " > Vacuums", "vacuum, cordless", "199.00", 2490,
  attrs={"cordless": "Yes", "battery_life": "up to 40 minutes (eco mode); 12 minutes (max)", "capacity": "0.6 L dustbin",
         "weight": "5.5 lb", "filter": "Washable HEPA filter", "charging": "4 hours", "warranty": "2 years"},
  opts=[("Color", ["Graphite", "White"])],
  copies=[
    O("en", "Up to 40 minutes per charge in eco mode (about 12 on max), a 0.6 L bin and a washable HEPA filter, in a 5.5 lb stick (about 2.5 kg).",
      note="conversion 5.5 lb = 2.49 kg"),
    X("en", "A 0.6 L bin and a washable HEPA filter. Serious suction that lasts: the AeroVac runs a full 90 minutes on max power.",
      [("number_unit", "a full 90 minutes on max power", "Battery life: 12 minutes (max)", "battery_life")]),
    X("en", "Up to 40 minutes per charge in eco mode and a washable HEPA filter. AeroVac Cordless Stick Vacuum, Graphite or White, with a 5-year warranty.",
      [("warranty", "a 5-year warranty", "Warranty: 2 years", "warranty")]),
    O("en", "Works without a cord, so you can go from the hallway to the stairs without hunting for an outlet.",
      note="paraphrase of cordless; no numbers"),
    X("zh", "AeroVac无线吸尘器，0.6升尘杯，HEPA滤网为一次性耗材，需定期购买更换。",
      [("feature", "HEPA滤网为一次性耗材，需定期购买更换", "Filter: Washable HEPA filter", "filter")]),
    O("zh", "无线手持吸尘器，省电模式最长续航40分钟，最大档约12分钟，0.6升尘杯，可水洗HEPA滤网，充满约需4小时。石墨灰、白色两色。"),
  ])

P("mistcloud-4l-ultrasonic-humidifier", "MistCloud 4 L Ultrasonic Humidifier", "MistCloud", "Humidifier",
  APP + " > Climate Control Appliances > Humidifiers", "humidifier, bedroom", "59.99", 1600,
  body="<p>Top-fill tank. Auto shut-off when empty. Not an essential oil diffuser: do not add oils to the tank.</p>",
  attrs={"capacity": "4 L (1.06 gal)", "run_time": "up to 30 hours (low)", "coverage": "up to 400 sq ft", "noise_level": "28 dB",
         "certifications": "ETL, FCC", "warranty": "1 year"},
  copies=[
    O("en", "The MistCloud Humidifier holds 4 L, runs up to 30 hours on low and covers rooms up to 400 sq ft at a whisper-quiet 28 dB."),
    X("en", "Top-fill tank with auto shut-off. Add a few drops of essential oil to the tank for relaxing aromatherapy while it humidifies.",
      [("feature", "Add a few drops of essential oil to the tank", "do not add oils to the tank", "description")]),
    X("en", "Whisper-quiet at 28 dB, for rooms up to 400 sq ft. A 4-gallon tank means fewer refills: up to 30 hours of mist on low.",
      [("number_unit", "A 4-gallon tank", "Capacity: 4 L (1.06 gal)", "capacity")]),
    O("zh", "4升大水箱，低档最长可连续加湿30小时，适用约37平方米的房间，运行噪音28分贝，上加水设计，缺水自动断电。",
      note="conversion 400 sq ft = 37.2 m²"),
    X("zh", "低档最长可连续加湿30小时。MistCloud超声波加湿器，4升水箱，通过UL和CE认证，卧室使用更安心。",
      [("certification", "通过UL和CE认证", "Certifications: ETL, FCC", "certifications")]),
  ])

P("drytide-35-pint-dehumidifier", "DryTide 35-Pint Dehumidifier", "DryTide", "Dehumidifier",
  APP + " > Climate Control Appliances > Dehumidifiers", "dehumidifier, basement", "189.00", 13600,
  body="<p>Continuous drain hose outlet (hose not included). Auto restart after power outage.</p>",
  attrs={"capacity": "35 pints/day; 1.2 gal bucket", "coverage": "up to 2,000 sq ft", "certifications": "Energy Star, UL",
         "wattage": "300 W", "warranty": "2 years", "noise_level": "48 dB"},
  copies=[
    D("en", "mistcloud-4l-ultrasonic-humidifier#0", "The MistCloud Humidifier", "The DryTide Dehumidifier",
      note="humidifier copy reused: 4 L, 30 hours, 400 sq ft, 28 dB"),
    O("en", "Pulls up to 35 pints (about 16.5 liters) of moisture a day from spaces up to 2,000 sq ft. Energy Star and UL certified.",
      note="conversion 35 US pints = 16.6 L"),
    X("en", "Set it and forget it: the drain hose is included for continuous drainage, and it restarts itself after an outage.",
      [("feature", "the drain hose is included", "Continuous drain hose outlet (hose not included)", "description")]),
    O("zh", "每天除湿35品脱（约16.5升），适用面积约185平方米，水箱1.2加仑，支持连续排水（排水管需另购），来电自动重启。能源之星与UL认证。",
      note="conversions 35 pints = 16.6 L; 2,000 sq ft = 186 m²"),
    X("zh", "支持连续排水，来电自动重启。DryTide除湿机，日除湿35品脱，整机保修五年。适用面积约185平方米。",
      [("warranty", "整机保修五年", "Warranty: 2 years", "warranty")]),
  ])

P("warmhaven-1500w-ceramic-heater", "WarmHaven 1500 W Ceramic Space Heater", "WarmHaven", "Space Heater",
  APP + " > Climate Control Appliances > Space Heaters", "heater, ceramic", "44.99", 1900,
  attrs={"wattage": "1500 W / 750 W", "certifications": "ETL", "safety": "Tip-over switch, overheat protection",
         "coverage": "up to 150 sq ft", "cordless": "No", "dimensions": "9.8 x 6.3 x 13.4 in", "warranty": "1 year"},
  opts=[("Color", ["White", "Black"])],
  copies=[
    O("en", "Two heat settings (750 W and 1500 W), a tip-over switch and overheat protection keep small rooms up to 150 sq ft cozy. ETL listed."),
    X("en", "UL certified ceramic heater with tip-over and overheat protection, in White or Black. Two settings, 750 W and 1500 W.",
      [("certification", "UL certified", "Certifications: ETL", "certifications")]),
    X("en", "WarmHaven heats spaces up to 1,500 sq ft, from the bedroom to an open-plan living room.",
      [("number_unit", "up to 1,500 sq ft", "Coverage: up to 150 sq ft", "coverage")]),
    O("en", "At about 25 x 16 x 34 cm it tucks under a desk, and the tip-over switch cuts the heat if it gets knocked.",
      note="conversion 9.8 x 6.3 x 13.4 in = 24.9 x 16.0 x 34.0 cm"),
    X("zh", "WarmHaven陶瓷暖风机，冬季特惠，到手价仅129元，库存告急！带倾倒断电保护。",
      [("price_stock", "到手价仅129元，库存告急", "copy must not state price or stock", "copy")]),
  ])

P("quietbreeze-42in-tower-fan", "QuietBreeze 42 in Tower Fan", "QuietBreeze", "Tower Fan",
  APP + " > Climate Control Appliances > Fans", "fan, tower fan", "69.99", 4100,
  body="<p>70° oscillation. Remote control included (batteries not included).</p>",
  attrs={"wattage": "45 W", "dimensions": "42 in tall", "speeds": "3 speeds, 3 modes", "timer": "up to 12 hours", "cordless": "No",
         "warranty": "1 year", "noise_level": "45 dB"},
  copies=[
    O("en", "A slim 42-inch tower with 3 speeds, 3 modes, 70° oscillation and a remote. Set the timer for up to 12 hours."),
    X("en", "42 inches tall with 70° oscillation. Take the breeze anywhere: a cordless, rechargeable tower fan with 3 speeds and a remote.",
      [("feature", "a cordless, rechargeable tower fan", "Cordless: No", "cordless")]),
    X("en", "I'm unable to verify the noise level claims, but here is a draft: QuietBreeze Tower Fan, 3 speeds, remote included.",
      [("refusal", "I'm unable to verify the noise level claims, but here is a draft:", "leaked model refusal", "copy")]),
    O("zh", "42英寸（约107厘米）塔扇，3档风速3种模式，70°摇头，12小时定时，附遥控器（电池需另购）。",
      note="conversion 42 in = 106.7 cm"),
  ])

P("purewave-h13-air-purifier", "PureWave H13 HEPA Air Purifier", "PureWave", "Air Purifier",
  APP + " > Climate Control Appliances > Air Purifiers", "air purifier, hepa, allergy", "159.00", 4800,
  attrs={"coverage": "up to 465 sq ft", "cadr": "220 CFM (smoke)", "certifications": "AHAM Verified, Energy Star, CARB",
         "filter": "3-stage: pre-filter, H13 HEPA, activated carbon", "noise_level": "24–50 dB", "warranty": "2 years"},
  opts=[("Color", ["White", "Slate"])],
  copies=[
    O("en", "True H13 HEPA with a pre-filter and carbon layer. CADR 220 CFM, for rooms up to 465 sq ft. AHAM Verified, Energy Star and CARB certified."),
    X("en", "PureWave is UL 2998 validated for zero ozone, with a 3-stage H13 filter. Covers rooms up to 465 sq ft.",
      [("certification", "UL 2998 validated", "Certifications: AHAM Verified, Energy Star, CARB", "certifications")]),
    X("en", "H13 HEPA plus a carbon layer, AHAM Verified. Clean air for big spaces: PureWave purifies rooms up to 1,000 sq ft.",
      [("number_unit", "rooms up to 1,000 sq ft", "Coverage: up to 465 sq ft", "coverage")]),
    O("zh", "H13级HEPA三重过滤，CADR 220 CFM（约374立方米/小时），适用约43平方米房间，睡眠档仅24分贝。",
      note="conversions 220 CFM = 374 m³/h; 465 sq ft = 43.2 m²"),
    X("zh", "PureWave空气净化器，适用面积：XX平方米，H13级HEPA滤网，白色、石板灰可选。",
      [("placeholder", "XX平方米", "unfilled template placeholder", "copy")]),
  ])

# ---------------- plumbing & hardware
PLB = "Hardware > Plumbing"
P("rainpure-8in-rainfall-shower-head", "RainPure 8 in Rainfall Shower Head", "RainPure", "Shower Head",
  PLB + " > Plumbing Fixture Hardware & Parts > Shower Parts > Shower Heads", "shower head, rainfall", "59.00", 900,
  body="<p>Tool-free installation on standard shower arms. Thread tape included.</p>",
  attrs={"flow_rate": "1.8 GPM (6.8 L/min)", "certifications": "WaterSense, cUPC", "material": "Brass body; silicone nozzles",
         "connection": "1/2 in NPT", "dimensions": "8 in diameter", "warranty": "Lifetime limited"},
  opts=[("Finish", ["Chrome", "Matte Black", "Brushed Nickel"])],
  copies=[
    O("en", "An 8-inch (20 cm) rain head in brass with easy-clean silicone nozzles. WaterSense certified at 1.8 GPM, about 6.8 liters a minute.",
      note="conversion 8 in = 20.3 cm"),
    X("en", "Drench yourself in a 2.5 GPM full-pressure rainfall from an 8-inch brass head.",
      [("number_unit", "2.5 GPM", "Flow rate: 1.8 GPM (6.8 L/min)", "flow_rate")]),
    X("en", "RainPure shower head: NSF/ANSI 61 certified brass, tool-free install, three finishes.",
      [("certification", "NSF/ANSI 61 certified", "Certifications: WaterSense, cUPC", "certifications")]),
    O("zh", "8英寸黄铜雨淋花洒，硅胶喷嘴易清洁，流量1.8加仑/分钟，WaterSense和cUPC认证，1/2英寸标准接口免工具安装。铬色、哑光黑、拉丝镍三种表面。"),
    X("zh", "RainPure顶喷花洒，铬色、哑光黑、拉丝镍、玫瑰金四色可选。流量1.8加仑/分钟。",
      [("colour_variant", "玫瑰金", "Finishes: Chrome, Matte Black, Brushed Nickel", "variants")]),
  ])

P("sealright-ptfe-tape-10", "SealRight PTFE Thread Seal Tape, 10 Rolls", "SealRight", "Thread Seal Tape",
  PLB + " > Plumbing Fittings & Supports > Plumbing Tape", "ptfe tape, plumber tape", "6.49", 90,
  attrs={"dimensions": "1/2 in x 520 in (12 mm x 13.2 m)", "thickness": "0.075 mm", "pieces": "10 rolls", "material": "100% PTFE",
         "compatible_with": "Water and air lines; not for gas lines"},
  copies=[
    O("en", "Ten rolls of 1/2 in PTFE tape, each 520 inches long, which is over 43 feet per roll.", note="conversion 520 in = 43.3 ft"),
    X("en", "Thread seal tape, 1/2 in wide and 520 in per roll. Seals threads on water, air and gas lines. Ten rolls of 100% PTFE.",
      [("compatibility", "and gas lines", "Compatible with: Water and air lines; not for gas lines", "compatible_with")]),
    X("en", "SealRight 1-1/2 in wide tape wraps big threads fast. 10 rolls per pack. Made of 100% PTFE.",
      [("number_unit", "1-1/2 in wide", "Dimensions: 1/2 in x 520 in", "dimensions")]),
    O("zh", "生料带10卷装，每卷宽12毫米、长13.2米，纯PTFE材质，适用于水管和气管，不可用于燃气管道。"),
  ])

P("comfortclose-elongated-toilet-seat", "ComfortClose Elongated Soft-Close Toilet Seat", "ComfortClose", "Toilet Seat",
  PLB + " > Plumbing Fixture Hardware & Parts > Toilet & Bidet Accessories > Toilet Seats", "toilet seat, soft close", "42.00", 2300,
  attrs={"material": "Polypropylene", "compatible_with": "Elongated bowls only (18.5 in)", "hinge": "Quick-release, soft-close",
         "max_load": "400 lb", "warranty": "5 years"},
  opts=[("Color", ["White", "Biscuit"])],
  copies=[
    O("en", "Slow, quiet soft-close lid on a quick-release hinge, sized for elongated bowls. White or Biscuit."),
    X("en", "One seat for every bathroom: fits both round and elongated bowls. Soft-close, quick-release hinge in White or Biscuit.",
      [("compatibility", "fits both round and elongated bowls", "Compatible with: Elongated bowls only (18.5 in)", "compatible_with")]),
    X("en", "Made for elongated bowls. ComfortClose molded wood seat with a soft-close, quick-release hinge.",
      [("material", "molded wood seat", "Material: Polypropylene", "material")]),
    O("zh", "加长型马桶圈（适配18.5英寸加长马桶），缓降静音，快拆合页方便清洁，承重约180公斤，保修五年。",
      note="conversion 400 lb = 181 kg"),
    X("zh", "ComfortClose缓降马桶盖，圆形和加长型马桶都适用，快拆设计。缓降静音。",
      [("compatibility", "圆形和加长型马桶都适用", "Compatible with: Elongated bowls only", "compatible_with")]),
    X("en", "Fits elongated bowls. Quiet soft-close hinge, easy-clean polypropylene, backed by a lifetime warranty.",
      [("warranty", "a lifetime warranty", "Warranty: 5 years", "warranty")]),
  ])

P("hartwell-passage-door-lever", "Hartwell Passage Door Lever", "Hartwell", "Door Lever",
  "Hardware > Door Hardware > Door Knobs & Handles", "door lever, hardware", "18.99", 450,
  attrs={"material": "Zinc alloy", "compatible_with": "Doors 1-3/8 in to 1-3/4 in thick; 2-3/8 in or 2-3/4 in backset",
         "function": "Passage (no lock)", "warranty": "Lifetime mechanical; 5 years finish", "certifications": "ANSI/BHMA Grade 3"},
  opts=[("Finish", ["Satin Nickel", "Matte Black", "Oil-Rubbed Bronze"])],
  copies=[
    O("en", "Fits doors 1-3/8 to 1-3/4 in thick (about 35 to 44 mm) with an adjustable backset. Passage function, no lock: made for hallways and closets.",
      note="conversion 1-3/8 in = 34.9 mm, 1-3/4 in = 44.5 mm"),
    X("en", "Hartwell lever with a privacy lock, ideal for bathrooms and bedrooms. Fits doors 1-3/8 to 1-3/4 in thick.",
      [("feature", "with a privacy lock", "Function: Passage (no lock)", "function")]),
    X("en", "Passage lever for hallways and closets. Solid brass construction in Satin Nickel, Matte Black or Oil-Rubbed Bronze.",
      [("material", "Solid brass construction", "Material: Zinc alloy", "material")]),
    O("zh", "通道款门把手（不带锁），锌合金材质，适用门厚35至44毫米，中心距60或70毫米可调，ANSI/BHMA三级认证。",
      note="conversions 2-3/8 in = 60.3 mm, 2-3/4 in = 69.9 mm"),
    X("en", "Zinc alloy lever for doors 1-3/8 to 1-3/4 in thick. Built tough: ANSI Grade 1 commercial rated, in three finishes.",
      [("certification", "ANSI Grade 1 commercial rated", "Certifications: ANSI/BHMA Grade 3", "certifications")]),
  ])

P("anchorall-wall-anchor-kit-250", "AnchorAll Wall Anchor & Screw Kit, 250 Pieces", "AnchorAll", "Wall Anchors",
  "Hardware > Hardware Accessories > Anchors", "anchors, screws, drywall", "14.99", 1100,
  body="<p>Sizes: 6 x 30 mm, 8 x 40 mm, 10 x 50 mm. Storage case included.</p>",
  attrs={"pieces": "250", "material": "Nylon anchors, zinc-plated steel screws", "compatible_with": "Drywall, brick, concrete",
         "max_load": "up to 25 lb per anchor (drywall)"},
  copies=[
    O("en", "250 pieces of nylon anchors and zinc-plated screws in three sizes, sorted in a case. Use them in drywall, brick or concrete."),
    X("en", "Hang shelves with confidence: each anchor holds up to 100 lb in drywall. 250 pieces in a case.",
      [("number_unit", "up to 100 lb in drywall", "Max load: up to 25 lb per anchor (drywall)", "max_load")]),
    O("zh", "250件膨胀螺丝套装，尼龙胀塞配镀锌钢螺丝，6×30、8×40、10×50毫米三种规格，石膏板上单个承重约11公斤，附收纳盒。",
      note="conversion 25 lb = 11.3 kg"),
    X("en", "Nylon anchors and zinc-plated screws in three sizes, with a storage case. AnchorAll 250-piece kit. Only 4 kits left in stock, so order soon.",
      [("price_stock", "Only 4 kits left in stock", "copy must not state stock", "copy")]),
  ])

P("flowstop-angle-stop-valve", "FlowStop Quarter-Turn Angle Stop Valve, 1/2 in x 3/8 in", "FlowStop", "Stop Valve",
  PLB + " > Plumbing Valves", "valve, angle stop", "9.99", 200,
  attrs={"connection": "1/2 in nominal compression inlet x 3/8 in OD compression outlet", "material": "Lead-free brass, chrome-plated",
         "certifications": "NSF/ANSI 61, NSF/ANSI 372", "warranty": "5 years", "max_pressure": "125 psi"},
  opts=[("Pack", ["1 valve", "2 valves"])], prices={"1 valve": "9.99", "2 valves": "17.99"},
  copies=[
    O("en", "The FlowStop Angle Stop Valve is lead-free chrome-plated brass with a quarter-turn handle, 1/2 in compression in and 3/8 in compression out. NSF/ANSI 61 and 372 certified."),
    X("en", "UL listed quarter-turn stop valve in lead-free brass. 1/2 in compression inlet, 3/8 in outlet.",
      [("certification", "UL listed", "Certifications: NSF/ANSI 61, NSF/ANSI 372", "certifications")]),
    X("en", "Lead-free brass with a chrome finish. Quarter-turn shutoff for 1-1/2 in supply pipes, with a 3/8 in compression outlet.",
      [("number_unit", "1-1/2 in supply pipes", "Connection: 1/2 in nominal compression inlet", "connection")]),
    O("zh", "无铅黄铜镀铬角阀，四分之一圈开关，进水1/2英寸压接，出水3/8英寸压接，最高压力125 psi，NSF/ANSI 61和372认证，保修五年。"),
  ])

P("braidflex-faucet-supply-line", "BraidFlex Faucet Supply Line", "BraidFlex", "Supply Line",
  PLB + " > Plumbing Fittings & Supports > Water Supply Lines", "supply line, braided", "7.49", 150,
  attrs={"connection": "3/8 in compression x 1/2 in FIP", "material": "Braided stainless steel, PEX inner tube", "max_pressure": "125 psi",
         "certifications": "cUPC, NSF/ANSI 61"},
  opts=[("Length", ["12 in", "16 in", "20 in", "24 in"])],
  copies=[
    D("en", "flowstop-angle-stop-valve#0", "The FlowStop Angle Stop Valve", "The BraidFlex Faucet Supply Line",
      note="valve copy reused; the quarter-turn handle and NSF/ANSI 372 are the valve's"),
    O("en", "Braided stainless steel line with a 3/8 in compression end and a 1/2 in female threaded end. The 20 in length is about 51 cm.",
      note="conversion 20 in = 50.8 cm; FIP = female threaded"),
    X("en", "Braided stainless steel with a PEX inner tube. Connects straight to 1/2 in compression stop valves, no adapter needed.",
      [("compatibility", "Connects straight to 1/2 in compression stop valves", "Connection: 3/8 in compression x 1/2 in FIP", "connection")]),
    O("zh", "不锈钢编织进水软管，3/8英寸压接×1/2英寸内螺纹，有12、16、20、24英寸四种长度，cUPC和NSF/ANSI 61认证。"),
    X("zh", "BraidFlex编织软管，12到30英寸多种长度，总有合适的一根。不锈钢编织，cUPC认证。",
      [("colour_variant", "30英寸", "Lengths: 12 in, 16 in, 20 in, 24 in", "variants")]),
  ])

P("pop-up-sink-stopper", "Pop-Up Sink Stopper", "SealRight", "Sink Stopper",
  PLB + " > Plumbing Fixture Hardware & Parts > Sink Accessories", "", "9.50", 0,
  copies=[
    O("en", "A simple replacement stopper to get your bathroom sink back in working order.", note="product has no facts"),
    X("en", "INSERT FEATURE HERE. Pop-Up Sink Stopper for your bathroom sink.",
      [("placeholder", "INSERT FEATURE HERE", "unfilled template placeholder", "copy")]),
    O("zh", "替换用弹跳下水塞，换上就能让洗手盆恢复正常使用。", note="product has no facts"),
  ])

# ---------------- board games
GAME = "Toys & Games > Games > Board Games"
P("ember-realms-strategy-game", "Ember Realms: A Game of Conquest", "Lanternfall Games", "Board Game",
  GAME, "strategy, area control", "54.99", 2200,
  body="<p>Competitive area control with card drafting.</p>",
  attrs={"players": "2–4", "play_time": "60–90 minutes", "age_range": "12+ years",
         "pieces": "1 game board, 4 player boards, 120 cards, 80 wooden cubes"},
  copies=[
    O("en", "Ember Realms: a Game of Conquest for 2–4 players, ages 12 and up, in 60–90 minutes. Draft cards, push your cubes across the map and claim the realm."),
    X("en", "Family-friendly conquest for ages 8+: draft cards and battle for the map in about an hour.",
      [("age", "ages 8+", "Age range: 12+ years", "age_range")]),
    X("en", "Competitive area control with card drafting. Ember Realms supports 2–6 players, with 120 cards and 80 wooden cubes in the box.",
      [("number_unit", "2–6 players", "Players: 2–4", "players")]),
    O("zh", "Ember Realms区域控制策略桌游，2至4人，12岁以上，一局60到90分钟。内含1块主版图、4块玩家板、120张卡牌和80个木块。"),
    X("zh", "Ember Realms策略桌游，8岁以上的孩子也能和大人一起玩，一局约一小时。内含120张卡牌和80个木块。",
      [("age", "8岁以上的孩子也能和大人一起玩", "Age range: 12+ years", "age_range")]),
  ])

P("tidepool-cooperative-game", "Tidepool: A Cooperative Family Game", "Lanternfall Games", "Board Game",
  GAME, "cooperative, family", "29.99", 900,
  body="<p>Everyone wins or loses together. Includes a solo mode.</p>",
  attrs={"players": "1–5", "play_time": "30 minutes", "age_range": "8+ years"},
  copies=[
    D("en", "ember-realms-strategy-game#0", "Ember Realms: a Game of Conquest", "Tidepool: A Cooperative Family Game",
      note="also carries 2–4 players, 12+, 60–90 minutes"),
    O("en", "Cooperative and quick: half an hour, 1 to 5 players, ages 8 and up. Play it solo when the family's busy."),
    X("en", "Play together against the game, in about 30 minutes. A gentle co-op for little ones ages 5 and up. Everyone wins together!",
      [("age", "ages 5 and up", "Age range: 8+ years", "age_range")]),
    O("zh", "Tidepool合作型家庭桌游，1至5人，8岁以上，一局约30分钟，大家一起赢一起输，也可以单人玩。"),
  ])

P("say-what-adult-party-card-game", "Say What?! Adult Party Card Game", "Lanternfall Games", "Card Game",
  "Toys & Games > Games > Card Games", "party game, adults", "24.99", 1100,
  body="<p>Contains mature content.</p>",
  attrs={"players": "4–20", "play_time": "30–90 minutes", "age_range": "17+ years", "pieces": "500 cards"},
  copies=[
    O("en", "500 cards of questionable judgment for 4 to 20 players. Adults only (17+)."),
    X("en", "Fun for the whole family, kids 10 and up, with 500 cards of laughs.",
      [("age", "kids 10 and up", "Age range: 17+ years", "age_range")]),
    X("en", "Adults-only party game for big groups. 1,000 cards, 4 to 20 players, and no two games alike.",
      [("number_unit", "1,000 cards", "Pieces: 500 cards", "pieces")]),
    O("zh", "成人派对卡牌游戏，500张卡，4到20人，适合17岁以上，内容较成人向。"),
    X("zh", "Say What派对卡牌，全家老少皆宜，小朋友也能玩。500张卡牌，4到20人。",
      [("age", "全家老少皆宜，小朋友也能玩", "Age range: 17+ years", "age_range")]),
  ])

P("heirloom-weighted-chess-set", "Heirloom Weighted Wooden Chess Set", "Heirloom Games", "Chess Set",
  GAME + " > Chess", "chess, wooden", "119.00", 2600,
  body="<p>Folding board with felt-lined storage.</p>",
  attrs={"material": "Board: walnut and maple veneer over MDF; pieces: weighted sheesham and boxwood",
         "dimensions": "Board 15 x 15 in; king 3 in", "pieces": "32 chessmen + 2 extra queens", "age_range": "6+ years"},
  copies=[
    O("en", "15-inch folding board (about 38 cm) in walnut and maple veneer, with weighted sheesham and boxwood pieces and two extra queens.",
      note="conversion 15 in = 38.1 cm; veneer stated"),
    X("en", "A solid walnut board and hand-turned weighted pieces: an heirloom from the first game.",
      [("material", "A solid walnut board", "Material: walnut and maple veneer over MDF", "material")]),
    X("en", "Weighted sheesham and boxwood pieces with two extra queens. Heirloom chess set, 15 in folding board, great for ages 3 and up.",
      [("age", "ages 3 and up", "Age range: 6+ years", "age_range")]),
    D("zh", "xiangqi-burmese-rosewood-set#0", "弈品坊红木中国象棋", "Heirloom加重木质国际象棋",
      note="xiangqi copy reused: Burmese rosewood, 4.8 cm, 32 pieces, leather board"),
    O("zh", "Heirloom加重木质国际象棋，38厘米折叠棋盘，胡桃木与枫木贴皮，棋子加重，另附两枚后，6岁以上。"),
  ])

P("xiangqi-burmese-rosewood-set", "红木中国象棋（4.8厘米）", "弈品坊", "象棋",
  GAME + " > Chess", "象棋, 红木", "168.00", 900,
  body="<p>棋子：缅甸花梨木，直径4.8厘米，共32枚，激光刻字。</p><p>附赠皮革棋盘和收纳盒。</p>",
  attrs={"pieces": "32", "dimensions": "4.8 cm diameter", "age_range": "6+ years"},
  copies=[
    O("zh", "弈品坊红木中国象棋，缅甸花梨木棋子，直径4.8厘米，共32枚，激光刻字，附赠皮革棋盘和收纳盒。"),
    X("zh", "送礼自用两相宜。小叶紫檀中国象棋，32枚，激光刻字，送皮革棋盘。附收纳盒。",
      [("material", "小叶紫檀", "棋子：缅甸花梨木", "description")]),
    O("en", "Chinese chess (xiangqi) set: 32 Burmese rosewood pieces, each 4.8 cm (about 1.9 in) across, laser engraved, with a leather board and a storage box.",
      note="conversion 4.8 cm = 1.89 in; facts in Chinese only"),
    X("en", "Burmese rosewood, laser engraved. Big 2.5-inch rosewood pieces that are easy to read from across the table.",
      [("number_unit", "2.5-inch", "直径4.8厘米 (1.9 in)", "dimensions")]),
    X("zh", "激光刻字，字口清晰。红木象棋，3岁以上孩子就可以学下棋。缅甸花梨木棋子，直径4.8厘米。",
      [("age", "3岁以上", "Age range: 6+ years", "age_range")]),
  ])

P("zhusi-mahjong-144", "竹丝麻将（144张）", "弈品坊", "麻将",
  "Toys & Games > Games > Tile Games", "麻将", "238.00", 3800,
  body="<p>144张牌，含花牌，牌面尺寸40×30×20毫米，附骰子和收纳箱。</p>",
  attrs={"pieces": "144 tiles", "material": "密胺（美耐皿），竹丝纹背"},
  copies=[
    O("zh", "144张竹丝纹麻将，密胺材质，含花牌，牌面40×30×20毫米，附骰子和收纳箱。"),
    X("zh", "打麻将讲究手感。传统真竹骨麻将，144张，手感温润。含花牌，附骰子和收纳箱。",
      [("material", "真竹骨", "Material: 密胺（美耐皿），竹丝纹背", "material")]),
    O("en", "144-tile mahjong set with flower tiles, in melamine with a bamboo-pattern back. Tiles are 40 x 30 x 20 mm (about 1.6 x 1.2 x 0.8 in); dice and a case included.",
      note="conversion 40 x 30 x 20 mm = 1.57 x 1.18 x 0.79 in"),
    X("en", "Melamine tiles with a bamboo-pattern back. Complete 152-tile set with flowers, dice and a carry case.",
      [("number_unit", "152-tile", "Pieces: 144 tiles", "pieces")]),
  ])

P("memory-match-animals", "Memory Match: Animals", "Heirloom Games", "Memory Game",
  "Toys & Games > Games > Card Games", "memory, kids, preschool", "14.99", 400,
  body="<p>Thick tiles made for small hands.</p>",
  attrs={"age_range": "3+ years", "players": "1–4", "pieces": "48 tiles (24 pairs)", "material": "Recycled cardboard",
         "certifications": "EN 71, ASTM F963"},
  copies=[
    O("en", "48 thick cardboard tiles (24 pairs) of friendly animals for 1–4 players, ages 3 and up."),
    X("en", "Safe for babies and toddlers alike, with chunky tiles for tiny hands. 24 pairs of animals.",
      [("age", "Safe for babies", "Age range: 3+ years", "age_range")]),
    X("en", "48 thick tiles for 1–4 players. Printed on FSC certified board and tested to EN 71. 24 pairs of animals.",
      [("certification", "FSC certified", "Certifications: EN 71, ASTM F963", "certifications")]),
    D("zh", "tidepool-cooperative-game#3", "Tidepool合作型家庭桌游", "Memory Match动物配对",
      note="co-op game copy reused: 1–5 players, 8+, 30 minutes"),
    O("zh", "动物记忆配对游戏，48张加厚卡片（24对），1到4人，3岁以上，环保再生纸板，通过EN 71和ASTM F963检测。"),
  ])

P("harborlight-1000-piece-puzzle", "Harborlight 1000 Piece Jigsaw Puzzle", "Heirloom Games", "Jigsaw Puzzle",
  "Toys & Games > Puzzles > Jigsaw Puzzles", "puzzle, 1000 pieces", "19.99", 700,
  body="<p>Linen-finish pieces, poster included.</p>",
  attrs={"pieces": "1000", "dimensions": "27 x 20 in finished", "age_range": "12+ years", "material": "Recycled board",
         "certifications": "None (not FSC-certified)"},
  copies=[
    O("en", "1000 pieces that finish at 27 x 20 in (roughly 69 x 51 cm). Linen-finish pieces and a reference poster.",
      note="conversion 27 x 20 in = 68.6 x 50.8 cm"),
    X("en", "1000 pieces, 27 x 20 in finished, poster included. Printed on FSC-certified recycled board with a linen finish.",
      [("certification", "FSC-certified", "Certifications: None (not FSC-certified)", "certifications")]),
    X("en", "1000 linen-finish pieces that finish at 27 x 20 in. A relaxing 1000-piece challenge for ages 6+, poster included.",
      [("age", "ages 6+", "Age range: 12+ years", "age_range")]),
    X("zh", "适合12岁以上的拼图爱好者。Harborlight灯塔拼图，500片，亚麻纹理，附参考海报。",
      [("number_unit", "500片", "Pieces: 1000", "pieces")]),
    O("zh", "1000片拼图，完成尺寸约69×51厘米，亚麻纹理，附参考海报，适合12岁以上。"),
  ])
