"""Shared helpers for the hand-written data files of copycheck3."""

LABELS = {
    "material": "Material", "capacity": "Capacity", "weight": "Weight",
    "dimensions": "Dimensions", "wattage": "Wattage", "battery_life": "Battery life",
    "age_range": "Age range", "warranty": "Warranty", "certifications": "Certifications",
    "compatible_with": "Compatible with", "dishwasher_safe": "Dishwasher safe",
    "waterproof": "Waterproof", "cordless": "Cordless", "pieces": "Pieces",
    "voltage": "Voltage", "oven_safe": "Oven safe", "induction_compatible": "Induction compatible",
    "blade_length": "Blade length", "hardness": "Hardness", "temperature_range": "Temperature range",
    "microwave_safe": "Microwave safe", "speeds": "Speeds", "noise_level": "Noise level",
    "suction": "Suction", "connectivity": "Connectivity", "coverage": "Coverage",
    "cord_length": "Cord length", "fill": "Fill", "temperature_rating": "Temperature rating",
    "lumens": "Brightness", "charging": "Charging", "max_load": "Max load", "seasons": "Seasons",
    "insulation": "Insulation", "seats": "Seats", "assembly": "Assembly",
    "seat_height": "Seat height", "height_range": "Height range", "chest_girth": "Chest girth",
    "flow_rate": "Flow rate", "tank_size": "Tank size", "volume": "Volume", "spf": "SPF",
    "skin_type": "Skin type", "key_ingredients": "Key ingredients", "vegan": "Vegan",
    "water_resistance": "Water resistance", "screen_size": "Screen size", "range": "Range",
    "thread_count": "Thread count", "pocket_depth": "Pocket depth", "care": "Care",
    "metal": "Metal", "stone": "Stone", "chain_length": "Chain length", "diameter": "Diameter",
    "torque": "Torque", "chuck_size": "Chuck size", "blade_size": "Blade size",
    "drive_size": "Drive size", "length": "Length", "max_pressure": "Max pressure",
    "resolution": "Resolution", "storage": "Storage", "field_of_view": "Field of view",
    "speed": "Gears", "links": "Links", "max_height": "Max height",
    "folded_length": "Folded length", "filter_thread": "Filter thread", "lens": "Lens",
    "upf": "UPF", "line_weight": "Line weight", "lure_weight": "Lure weight", "power": "Power",
    "gear_ratio": "Gear ratio", "drag": "Max drag", "tip_size": "Tip size",
    "laptop_fit": "Laptop fit", "origin": "Country of origin", "runtime": "Runtime",
    "bpa_free": "BPA free", "machine_washable": "Machine washable", "color_temp": "Color temperature",
    "lifespan": "Lifespan", "ip_rating": "IP rating", "hose_fittings": "Fittings",
    "drainage": "Drainage hole", "modes": "Modes", "scent": "Scent", "coating": "Coating",
}


def P(h, t, v, ty, cat, tags, body, a, o, price, g, sku, c, cmp=None):
    """One product. o: list of (option name, [values]) (max 2) or None."""
    for k in a:
        assert k in LABELS, k
    d = dict(h=h, t=t, v=v, ty=ty, cat=cat, tags=tags, body=body, a=a, o=o, price=price,
             g=g, sku=sku, c=c)
    if cmp:
        d["cmp"] = cmp
    return d


def ok(lang, text, note=""):
    return dict(lang=lang, text=text, planted=[], note=note)


def bad(lang, text, *planted, note=""):
    """planted: (kind, claim, fact, field) or for near_duplicate (kind, claim, fact, 'copy', 'handle#i')."""
    assert planted
    for pl in planted:
        assert pl[1] in text, (pl[1], text)
    return dict(lang=lang, text=text, planted=list(planted), note=note)
