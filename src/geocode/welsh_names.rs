//! The Welsh names of towns in Wales, for maps drawn in Welsh: each one of the town's
//! GeoNames alternate names (so a search by it finds the town), written as the town's
//! council and the Welsh Language Commissioner's list of place names write it.

/// (English name in the bundled file, Welsh name), towns in Wales only.
const NAMES: &[(&str, &str)] = &[
    ("Cardiff", "Caerdydd"),
    ("Swansea", "Abertawe"),
    ("Newport", "Casnewydd"),
    ("Wrexham", "Wrecsam"),
    ("Buckley", "Bwcle"),
    ("Barry", "Y Barri"),
    ("Bridgend", "Pen-y-bont ar Ogwr"),
    ("Neath", "Castell-nedd"),
    ("Merthyr Tydfil", "Merthyr Tudful"),
    ("Pontypool", "Pont-y-pŵl"),
    ("Briton Ferry", "Llansawel"),
    ("Ebbw Vale", "Glyn Ebwy"),
    ("Deeside", "Glannau Dyfrdwy"),
    ("Aberdare", "Aberdâr"),
    ("Caerphilly", "Caerffili"),
    ("Colwyn Bay", "Bae Colwyn"),
    ("Flint", "Y Fflint"),
    ("Rhyl", "Y Rhyl"),
    ("Hawarden", "Penarlâg"),
    ("Ammanford", "Rhydaman"),
    ("Carmarthen", "Caerfyrddin"),
    ("Blackwood", "Coed-duon"),
    ("Haverfordwest", "Hwlffordd"),
    ("Llantwit Major", "Llanilltud Fawr"),
    ("Abergavenny", "Y Fenni"),
    ("Milford Haven", "Aberdaugleddau"),
    ("Chepstow", "Cas-gwent"),
    ("Holyhead", "Caergybi"),
    ("Newtown", "Y Drenewydd"),
    ("Mountain Ash", "Aberpennar"),
    ("Monmouth", "Trefynwy"),
    ("Mold", "Yr Wyddgrug"),
    ("Pembroke Dock", "Doc Penfro"),
    ("Llandaff", "Llandaf"),
    ("Denbigh", "Dinbych"),
    ("Burry Port", "Porth Tywyn"),
    ("Brecon", "Aberhonddu"),
    ("Treorchy", "Treorci"),
    ("Caerleon", "Caerllion"),
    ("Pembroke", "Penfro"),
    ("Holywell", "Treffynnon"),
    ("Welshpool", "Y Trallwng"),
    ("Blaenavon", "Blaenafon"),
    ("Ruthin", "Rhuthun"),
    ("Cardigan", "Aberteifi"),
];

/// The Welsh name of the town in Wales called `english`, when it has one of its own.
pub fn welsh_name(english: &str) -> Option<&'static str> {
    NAMES.iter().find(|(e, _)| *e == english).map(|(_, cy)| *cy)
}

#[cfg(test)]
mod tests {
    use super::NAMES;
    use crate::domain::Nation;
    use crate::geocode::Geocoder;

    #[test]
    fn each_welsh_name_finds_its_town_in_wales() {
        let geocoder = Geocoder::bundled().unwrap();
        let towns: Vec<_> = geocoder.towns().collect();
        for (english, welsh) in NAMES {
            assert!(
                towns
                    .iter()
                    .any(|(name, _, _, nation)| name == english && *nation == Nation::Wales),
                "{english} is not a town in Wales"
            );
            let found = geocoder
                .lookup(welsh)
                .unwrap_or_else(|e| panic!("{welsh}: {e}"));
            assert_eq!(found.nation, Nation::Wales, "{welsh}");
            assert!(found.label.starts_with(english), "{welsh}: {}", found.label);
        }
    }
}
