"""Second batch of copies (balance of kinds, verdicts and languages), appended to products."""
from common import ok, bad

EXTRA2 = {
  "wooden-rainbow-stacker": [
    bad("en", "A calming first toy: seven beechwood arches, perfect for newborns and up.",
        ("age", "perfect for newborns and up", "Age range: 12 months+", "age_range")),
    ok("en", "Stack, sort, build tunnels: a 7-piece solid beech rainbow, painted with water-based colours.")],
  "bricklite-magnetic-tiles-60": [
    bad("zh", "磁力片60片，色彩鲜艳，适合1岁以上宝宝抓握玩耍。",
        ("age", "适合1岁以上宝宝", "Age range: 3+ years; not for children under 3", "age_range"))],
  "torque-rc-monster-truck": [
    bad("en", "Big wheels, big fun — the Torque monster truck is great for ages 4 and up.",
        ("age", "great for ages 4 and up", "Age range: 8+ years", "age_range")),
    ok("en", "Side-by-side racing on 2.4 GHz, up to 80 m of range, and a USB recharge in about two hours. For drivers 8 and older.")],
  "circuit-explorer-kit": [
    bad("en", "Circuit Explorer: 120 snap pieces and 101 projects, designed for curious kids ages 3+.",
        ("age", "ages 3+", "Age range: 8+ years", "age_range")),
    ok("en", "Build a doorbell, a fan, a light-up alarm: 101 projects from 120 snap-together parts. Needs 2 AA batteries.")],
  "jigsaw-puzzle-100-cn": [
    bad("zh", "木质拼图100片，适合2岁宝宝，锻炼手眼协调。",
        ("age", "适合2岁宝宝", "Age range: 4岁以上", "age_range"))],
  "perch-wooden-high-chair": [
    bad("en", "Perch grows with your family, from birth to age 5 — solid beech with a 5-point harness.",
        ("age", "from birth to age 5", "Age range: 6 months to 3 years", "age_range")),
    ok("en", "Solid beech high chair with an adjustable seat and footrest, a 5-point harness and a tray that lifts off. ASTM F404.")],
  "dryair-35-pint-dehumidifier": [
    bad("en", "DryAir 35-Pint: UL and Energy Star certified, 460 W, 48 dB.",
        ("certification", "UL and Energy Star certified", "Certifications: Energy Star, ETL (no UL)", "certifications")),
    ok("en", "Quiet at 48 dB and efficient at 460 W, the DryAir keeps basements dry and restarts on its own after a power cut.")],
  "nimbus-r5-robot-vacuum": [
    bad("zh", "Nimbus R5扫地机器人，通过CE和RoHS认证，吸力2700Pa。",
        ("certification", "通过CE和RoHS认证", "Certifications: FCC, UL", "certifications")),
    ok("en", "It maps, it cleans room by room, and it goes home to charge. A 450 ml bin and 65 dB operation.")],
  "vela-road-helmet": [
    bad("en", "Vela Road Helmet — Snell B-95 certified, 18 vents, 265 g.",
        ("certification", "Snell B-95 certified", "Certifications: CPSC, CE EN 1078", "certifications"))],
  "gripdock-magnetic-car-mount": [
    bad("en", "GripDock magnetic mount — works with iPhone 11 through iPhone 15.",
        ("compatibility", "iPhone 11", "Compatible with: iPhone 12–15 (MagSafe models)", "compatible_with"))],
  "swiftlink-11-speed-chain": [
    bad("zh", "11速链条，兼容禧玛诺、SRAM及Campagnolo 11速传动系统。",
        ("compatibility", "Campagnolo", "Compatible with: Shimano 11-speed, SRAM 11-speed", "compatible_with"))],
  "peakline-travel-tripod": [
    bad("en", "Peakline tripod with a ball head that takes Manfrotto RC2 plates.",
        ("compatibility", "Manfrotto RC2 plates", "Compatible with: Arca-Swiss plates", "compatible_with")),
    ok("en", "Reverse-folding aluminium legs, an Arca-Swiss ball head, and a packed length of 16.5 inches.")],
  "forge-40pc-socket-set": [
    bad("en", "Forge 40-Piece Socket Set, chrome vanadium, backed by a 1-year warranty.",
        ("warranty", "1-year warranty", "Warranty: Lifetime", "warranty"))],
  "crispa-air-fryer-6qt": [
    bad("en", "Crispa 6 Qt Air Fryer: 8 presets, viewing window, 5-year warranty.",
        ("warranty", "5-year warranty", "Warranty: 2 years", "warranty")),
    ok("en", "Eight presets, a window to watch the fries, and a PFOA-free nonstick basket. Black or white.")],
  "ergoline-mesh-office-chair": [
    bad("en", "ErgoLine Pro Mesh Chair — 3D arms, adjustable lumbar, 2-year warranty.",
        ("warranty", "2-year warranty", "Warranty: 5 years", "warranty"))],
  "clearflow-canister-filter": [
    bad("zh", "ClearFlow外置过滤桶，流量265加仑/小时，保修一年。",
        ("warranty", "保修一年", "Warranty: 3 years", "warranty"))],
  # faithful English copies
  "heritage-copper-saute-pan": [ok("en", "Copper outside, stainless inside, bronze handle. Made in Normandy to be passed down.")],
  "ironside-cast-iron-skillet": [ok("en", "Seasoned with vegetable oil and ready for the stove, the oven or the campfire. Hand wash, dry, oil, repeat.")],
  "kaito-gyuto-8": [ok("en", "Kaito 8-inch gyuto | VG-10 core | 60±2 HRC | octagonal pakkawood handle | hand wash only")],
  "bakesmart-silicone-mat-set": [ok("en", "Ditch the parchment: a set of three fiberglass-reinforced silicone mats that wash clean in the dishwasher.")],
  "kestrel-stand-mixer": [ok("en", "Tilt the head, drop in the dough hook, and let ten speeds do the kneading. Splash guard included.")],
  "walnut-end-grain-board": [ok("en", "End grain is kind to your knives. This walnut board is 1.5 in thick and finished with mineral oil and beeswax.")],
  "vortex-pro-blender": [ok("en", "Ice to snow in seconds. 1400 W, hardened stainless blades, and a dishwasher-safe BPA-free jar.")],
  "hearth-ceramic-heater": [ok("en", "Small, 1500 W, and protected against tip-overs and overheating. Keep it out of the bathroom.")],
  "nordby-dining-table": [ok("en", "Nordby: solid oak legs, an oak-veneer top, seats six. About 106 lb, so plan on two people to carry it.", note="48 kg = 105.8 lb")],
  "lattice-5-tier-bookshelf": [ok("en", "Industrial look, five open shelves, and an anti-tip kit in the box.")],
  "liftwise-standing-desk": [ok("en", "Liftwise Standing Desk | 55 x 28 in top | 28–47.6 in height | dual motors | 4 presets | walnut, white or black")],
  "calmweave-weighted-blanket": [ok("en", "Glass beads stitched into small pockets spread the weight evenly. Wash the cover; spot clean the inner.")],
  "contour-memory-foam-pillow": [ok("en", "Roughly 61 x 41 x 12 cm of contoured memory foam for back and side sleepers.", note="24 in = 61 cm; 16 in = 40.6 cm; 4.7 in = 11.9 cm")],
  "sterling-paperclip-necklace": [ok("en", "Solid sterling silver paperclip chain, nickel-free. Layer it or wear it alone.")],
  "lumiere-vitamin-c-serum": [ok("en", "Lumière Vitamin C Serum — 30 ml of 15% L-ascorbic acid. Keep it out of the light.")],
  "brightly-sonic-toothbrush": [ok("en", "40,000 strokes a minute and a two-minute timer that nudges you every 30 seconds. Two-year warranty.")],
  "plugly-smart-plug-2pk": [ok("en", "Set schedules and timers from the app. Note: connects to 2.4 GHz Wi-Fi only.")],
  "glint-a19-smart-bulb": [ok("en", "Smart colour bulb, 800 lm, 2700–6500 K, rated 25,000 hours. Matter-certified.")],
  "ridgeback-4p-dome-tent": [ok("en", "A roomy three-season dome for four, on fiberglass poles.")],
  "summit-20f-down-bag": [ok("en", "Mummy-cut 20°F bag filled with 650-fill duck down. Regular or Long.")],
  "glowpath-led-lantern": [ok("en", "Three brightness levels, a red night mode, and a 5200 mAh battery that can charge your phone.")],
  "lumen-duo-bike-lights": [ok("en", "Rubber strap mounts, no tools. Both lights recharge over USB-C in about 2.5 hours.")],
  "pumpfree-floor-pump": [ok("en", "A steel-barrel floor pump with a 3-inch gauge up top and a dual head for both valve types.")],
  "roadeye-4k-dash-cam": [ok("en", "Loop recording and a G-sensor that locks clips when something happens. 1-year warranty.")],
  "fitguard-rav4-floor-mats": [ok("en", "Odourless TPE, laser-measured for the RAV4. Raised edges keep mud off the carpet.")],
  "forge-20v-drill": [ok("en", "Cordless 20V drill/driver: two speeds up to 1,500 RPM and about 1.5 kg in the hand.", note="3.4 lb = 1.54 kg")],
  "tendr-anti-colic-bottles": [ok("en", "A vented base means less swallowed air. Four bottles, about 270 ml each.")],
  "lullaby-video-monitor": [ok("en", "Up to 6 hours with the video on, 12 with the screen off. Night vision and two-way talk.")],
  "nestle-organic-swaddles": [ok("en", "Three muslin squares, 47 x 47 in, in 100% organic cotton. Botanical or neutral stripe.")],
  "trailpup-no-pull-harness": [ok("en", "Small (16–22 in chest), Medium (22–30 in) and Large (27–36 in). Red, teal or black.")],
  "cloudnine-cat-tree": [ok("en", "Natural sisal posts for scratching, a top perch for watching. For cats up to 15 lb each.")],
  "thermoreef-100w-heater": [ok("en", "Quartz heater that switches off if it's ever out of water. 68–93°F dial. UL listed.")],
  "feedmate-smart-feeder": [ok("en", "FeedMate works with iPhone (iOS 12+) and Android 8+ over 2.4 GHz Wi-Fi.")],
  "riptide-3000-spinning-reel": [ok("en", "Holds 180 yards of 8 lb mono on an aluminium spool. Retrieve left or right.")],
  "coastline-polarized-sunglasses": [ok("en", "55 mm polarized lenses with full UV400 protection, in a TR90 frame.")],
  "greenthumb-raised-bed": [ok("en", "Uncoated galvanized panels with rolled edges that are kind to hands. Open bottom; bolts together.")],
  "flexiflow-expandable-hose": [ok("en", "50 ft when full, a fraction of that when empty. Latex core, fabric cover.")],
}

# zh contradictions left out of the set to keep the language / verdict balance (kept here for reference)
DROP = {
  "法式手工铜锅，锅身直径28英寸，铜导热快而均匀，厨房里的传家之宝。",
  "1.7升玻璃电热水壶，2200瓦大功率快速烧水，自动断电，防干烧。",
  "5.5夸脱不锈钢搅拌碗，12档调速，600瓦电机，附赠打蛋器、搅面钩和扁平搅拌桨。",
  "黑胡桃木砧板，尺寸45×30厘米，厚度1.5厘米，重约3.6公斤。",
  "北欧风橡木餐桌，180×90×75厘米，可坐8人，桌腿为实木橡木。",
  "Glint智能灯泡，9瓦，寿命约5万小时。",
  "羽绒睡袋，舒适温度零下20摄氏度，650蓬鸭绒。",
  "自行车灯套装，前灯400流明，高亮模式续航6小时，IPX5防水。",
  "SwiftLink 11速链条，126节，配快扣。",
  "3000型纺车轮，速比6.2:1，最大卸力15磅，重约261克。",
  "24色中性笔套装，笔尖0.5毫米，书写顺滑。",
  "Benny小熊毛绒公仔，高约30英寸，蜂蜜色和奶油色。",
  "TrailPup胸背带，L码适合胸围90到120厘米的大型犬。",
  "伸缩水管，展开长度50米，黄铜接头。",
}
