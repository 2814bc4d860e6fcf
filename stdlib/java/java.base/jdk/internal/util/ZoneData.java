package jdk.internal.util;

/**
 * The time-zone regions and their current rules: the standard offset (followed by 'h' when the
 * zone had other offsets in the past), the names (standard,
 * generic and daylight, short and long, in English; the daylight names of java.util.TimeZone
 * for zones without daylight saving time) and, for zones with daylight saving time,
 * the two annual transition rules (month, day-of-month indicator, day of week (0 for none),
 * second of the day (86400 for midnight at the end of the day), time definition (0 UTC, 1 wall,
 * 2 standard), standard offset, offset before, offset after), as the tz database has them in
 * 2025. Historic transitions are not kept: the current rules apply to every year.
 */
public final class ZoneData {
    private ZoneData() {
    }

    private static java.util.Map<String, String[]> table;

    /** The fields of a zone's line, or null. */
    public static synchronized String[] fields(String id) {
        if (table == null) {
            java.util.Map<String, String[]> m = new java.util.HashMap<>();
            for (String line : ZONES) {
                String[] f = line.split("\\|", -1);
                m.put(f[0], f);
            }
            table = m;
        }
        return table.get(id);
    }

    /** The specific name (standard or daylight time, short or long) of a zone, or null. */
    public static String zoneText(String id, boolean daylight, boolean full) {
        String[] f = fields(id);
        if (f == null) {
            return null;
        }
        if (daylight) {
            return full ? f[7] : f[6];
        }
        return full ? f[3] : f[2];
    }

    /**
     * Zone names that DateTimeFormatter's zone-text parsing accepts ("name=zone|"), for the short
     * (pattern z) and full (zzzz) text styles, with the zone JDK 17 resolves each to in the US
     * locale (a metazone's preferred zone); generated from HotSpot 17.
     */
    public static final String PARSE_NAMES_SHORT = "ACDT=Australia/Adelaide|ACST=America/Rio_Branco|ACT=America/Rio_Branco|ACWST=Australia/Eucla|"
            + "ACWT=Australia/Eucla|ADT=America/Halifax|AEDT=Australia/Sydney|AEST=Australia/Sydney|"
            + "AET=Australia/Sydney|AFT=Asia/Kabul|AKDT=America/Juneau|AKST=America/Juneau|AKT=America/Juneau|"
            + "ALMT=Asia/Almaty|AMT=America/Manaus|ANAT=Asia/Anadyr|AQTT=Asia/Aqtobe|"
            + "ART=America/Argentina/Buenos_Aires|AST=America/Halifax|AT=America/Halifax|ATT=Africa/Abidjan|"
            + "AWST=Australia/Perth|AWT=Australia/Perth|AZOST=Atlantic/Azores|AZOT=Atlantic/Azores|AZT=Asia/Baku|"
            + "BDT=Asia/Dhaka|BNT=Asia/Kuching|BOT=America/La_Paz|BRT=America/Sao_Paulo|BST=Pacific/Bougainville|"
            + "BT=Pacific/Bougainville|BTT=Asia/Thimphu|CAT=Africa/Maputo|CCT=Asia/Yangon|CDT=America/Chicago|"
            + "CEST=Europe/Paris|CET=Europe/Paris|CHADT=Pacific/Chatham|CHAST=Pacific/Chatham|CHAT=Pacific/Chatham|"
            + "CHOT=Asia/Ulaanbaatar|CHUT=Pacific/Port_Moresby|CIT=Asia/Bangkok|CKT=Pacific/Rarotonga|"
            + "CLST=Antarctica/Palmer|CLT=Antarctica/Palmer|COT=America/Bogota|CST=America/Chicago|"
            + "CT=America/Chicago|CVT=Atlantic/Cape_Verde|CXT=Asia/Bangkok|ChST=Pacific/Guam|ChT=Pacific/Guam|"
            + "DAVT=Antarctica/Davis|DDUT=Pacific/Port_Moresby|EASST=Pacific/Easter|EAST=Pacific/Easter|"
            + "EAT=Africa/Nairobi|ECT=America/Guayaquil|EDT=America/New_York|EEST=Europe/Bucharest|"
            + "EET=Europe/Bucharest|EGST=America/Scoresbysund|EGT=America/Scoresbysund|EST=America/New_York|"
            + "ET=America/New_York|FJST=Pacific/Fiji|FJT=Pacific/Fiji|FKT=Atlantic/Stanley|FNT=America/Noronha|"
            + "GALT=Pacific/Galapagos|GAMT=Pacific/Gambier|GET=Asia/Tbilisi|GFT=America/Cayenne|"
            + "GILT=Pacific/Tarawa|GST=Atlantic/South_Georgia|GT=Atlantic/South_Georgia|GYT=America/Guyana|"
            + "HADT=Pacific/Honolulu|HAST=Pacific/Honolulu|HAT=Pacific/Honolulu|HKT=Asia/Hong_Kong|HOVT=Asia/Hovd|"
            + "HST=Pacific/Honolulu|ICT=Asia/Bangkok|IDT=Asia/Kolkata|IOT=Indian/Chagos|IRDT=Asia/Tehran|"
            + "IRKT=Asia/Irkutsk|IRST=Asia/Tehran|IRT=Asia/Tehran|IST=Africa/Abidjan|IT=Africa/Abidjan|"
            + "JST=Asia/Tokyo|JT=Asia/Tokyo|KGT=Asia/Bishkek|KOST=Pacific/Kosrae|KRAT=Asia/Krasnoyarsk|"
            + "KST=Asia/Seoul|KT=Asia/Seoul|LHDT=Australia/Lord_Howe|LHST=Australia/Lord_Howe|"
            + "LHT=Australia/Lord_Howe|LINT=Pacific/Kiritimati|MAGT=Asia/Magadan|MART=Pacific/Marquesas|"
            + "MAWT=Antarctica/Mawson|MDT=America/Denver|MEST=Europe/Paris|MET=Europe/Paris|MHT=Pacific/Tarawa|"
            + "MMT=Asia/Yangon|MSK=Europe/Moscow|MST=America/Denver|MT=Europe/Moscow|MUT=Indian/Mauritius|"
            + "MVT=Indian/Maldives|MYT=Asia/Kuching|NCT=Pacific/Noumea|NDT=America/St_Johns|NFST=Pacific/Norfolk|"
            + "NFT=Pacific/Norfolk|NOVT=Asia/Novosibirsk|NPT=Asia/Kathmandu|NRT=Pacific/Nauru|NST=America/St_Johns|"
            + "NT=America/St_Johns|NUT=Pacific/Niue|NZDT=Pacific/Auckland|NZST=Pacific/Auckland|"
            + "NZT=Pacific/Auckland|OMST=Asia/Omsk|ORAT=Asia/Aqtobe|PDT=America/Los_Angeles|PET=America/Lima|"
            + "PETT=Asia/Kamchatka|PGT=Pacific/Port_Moresby|PHOT=Pacific/Kanton|PKT=Asia/Karachi|"
            + "PMDT=America/Miquelon|PMST=America/Miquelon|PMT=America/Miquelon|PONT=Pacific/Guadalcanal|"
            + "PST=America/Los_Angeles|PT=America/Los_Angeles|PWT=Pacific/Palau|PYST=America/Asuncion|"
            + "PYT=America/Asuncion|QOST=Asia/Almaty|QYZT=Asia/Aqtobe|RET=Asia/Dubai|ROTT=Antarctica/Rothera|"
            + "SAKT=Asia/Sakhalin|SAMT=Europe/Samara|SAST=Africa/Johannesburg|SAT=Africa/Johannesburg|"
            + "SBT=Pacific/Guadalcanal|SCT=Asia/Dubai|SGT=Asia/Singapore|SRET=Asia/Srednekolymsk|"
            + "SRT=America/Paramaribo|SST=Pacific/Pago_Pago|ST=Pacific/Pago_Pago|SYOT=Asia/Riyadh|"
            + "TAHT=Pacific/Tahiti|TFT=Indian/Maldives|TJT=Asia/Dushanbe|TKT=Pacific/Fakaofo|TLT=Asia/Dili|"
            + "TMT=Asia/Ashgabat|TOT=Pacific/Tongatapu|TRT=Europe/Istanbul|TVT=Pacific/Tarawa|"
            + "ULAT=Asia/Ulaanbaatar|UYT=America/Montevideo|UZT=Asia/Tashkent|VET=America/Caracas|"
            + "VLAT=Asia/Vladivostok|VOST=Antarctica/Vostok|VUT=Pacific/Efate|WAKT=Pacific/Tarawa|WAT=Africa/Lagos|"
            + "WEST=Atlantic/Canary|WET=Atlantic/Canary|WFT=Pacific/Tarawa|WGST=America/Nuuk|WGT=America/Nuuk|"
            + "WIB=Asia/Jakarta|WIT=Asia/Jayapura|WITA=Asia/Makassar|WSDT=Pacific/Apia|WSST=Pacific/Apia|"
            + "WST=Pacific/Apia|XJT=Asia/Urumqi|YAKT=Asia/Yakutsk|YEKT=Asia/Yekaterinburg|";

    public static final String PARSE_NAMES_FULL = "Acre Standard Time=America/Rio_Branco|Acre Time=America/Rio_Branco|Afghanistan Time=Asia/Kabul|"
            + "Alaska Daylight Time=America/Juneau|Alaska Standard Time=America/Juneau|Alaska Time=America/Juneau|"
            + "Alma-Ata Time=Asia/Almaty|Amazon Standard Time=America/Manaus|Amazon Time=America/Manaus|"
            + "Anadyr Standard Time=Asia/Anadyr|Anadyr Time=Asia/Anadyr|Apia Daylight Time=Pacific/Apia|"
            + "Apia Standard Time=Pacific/Apia|Apia Time=Pacific/Apia|Aqtau Time=Asia/Aqtobe|"
            + "Aqtobe Time=Asia/Aqtobe|Arabian Standard Time=Asia/Riyadh|Arabian Time=Asia/Riyadh|"
            + "Argentina Standard Time=America/Argentina/Buenos_Aires|"
            + "Argentina Time=America/Argentina/Buenos_Aires|Armenia Standard Time=Asia/Yerevan|"
            + "Armenia Time=Asia/Yerevan|Astrakhan Standard Time=Europe/Astrakhan|Astrakhan Time=Europe/Astrakhan|"
            + "Atlantic Daylight Time=America/Halifax|Atlantic Standard Time=America/Halifax|"
            + "Atlantic Time=America/Halifax|Atyrau Time=Asia/Aqtobe|"
            + "Australian Central Daylight Time=Australia/Adelaide|"
            + "Australian Central Standard Time=Australia/Adelaide|"
            + "Australian Central Western Standard Time=Australia/Eucla|"
            + "Australian Central Western Time=Australia/Eucla|Australian Eastern Daylight Time=Australia/Sydney|"
            + "Australian Eastern Standard Time=Australia/Sydney|Australian Western Standard Time=Australia/Perth|"
            + "Australian Western Time=Antarctica/Casey|Azerbaijan Standard Time=Asia/Baku|"
            + "Azerbaijan Time=Asia/Baku|Azores Standard Time=Atlantic/Azores|Azores Summer Time=Atlantic/Azores|"
            + "Azores Time=Atlantic/Azores|Bangladesh Standard Time=Asia/Dhaka|Bangladesh Time=Asia/Dhaka|"
            + "Barnaul Standard Time=Asia/Barnaul|Barnaul Time=Asia/Barnaul|Bhutan Time=Asia/Thimphu|"
            + "Bolivia Time=America/La_Paz|Bougainville Standard Time=Pacific/Bougainville|"
            + "Bougainville Time=Pacific/Bougainville|Brasilia Standard Time=America/Sao_Paulo|"
            + "Brasilia Time=America/Sao_Paulo|British Summer Time=Africa/Abidjan|British Time=Africa/Abidjan|"
            + "Brunei Darussalam Time=Asia/Kuching|Brunei Time=Asia/Kuching|"
            + "Cape Verde Standard Time=Atlantic/Cape_Verde|Cape Verde Time=Atlantic/Cape_Verde|"
            + "Casey Time=Antarctica/Casey|Central Africa Time=Africa/Maputo|Central African Time=Africa/Maputo|"
            + "Central Australia Time=Australia/Adelaide|Central Daylight Time=America/Chicago|"
            + "Central European Standard Time=Europe/Paris|Central European Summer Time=Europe/Paris|"
            + "Central European Time=Europe/Paris|Central Indonesia Time=Asia/Makassar|"
            + "Central Standard Time=America/Chicago|Central Time=America/Chicago|"
            + "Chamorro Standard Time=Pacific/Guam|Chamorro Time=Pacific/Guam|"
            + "Chatham Daylight Time=Pacific/Chatham|Chatham Standard Time=Pacific/Chatham|"
            + "Chatham Time=Pacific/Chatham|Chile Standard Time=America/Santiago|"
            + "Chile Summer Time=Antarctica/Palmer|Chile Time=Antarctica/Palmer|China Standard Time=Asia/Shanghai|"
            + "China Time=Asia/Shanghai|Christmas Island Time=Asia/Bangkok|Chuuk Time=Pacific/Port_Moresby|"
            + "Cocos Islands Time=Asia/Yangon|Colombia Standard Time=America/Bogota|Colombia Time=America/Bogota|"
            + "Cook Islands Standard Time=Pacific/Rarotonga|Cook Islands Time=Pacific/Rarotonga|"
            + "Coordinated Universal Time=Etc/UTC|Cuba Daylight Time=America/Havana|"
            + "Cuba Standard Time=America/Havana|Cuba Time=America/Havana|Davis Time=Antarctica/Davis|"
            + "Dumont-d'Urville Time=Pacific/Port_Moresby|Dumont-d\u2019Urville Time=Pacific/Port_Moresby|"
            + "East Africa Time=Africa/Nairobi|East Greenland Standard Time=America/Scoresbysund|"
            + "East Greenland Summer Time=America/Scoresbysund|East Greenland Time=America/Scoresbysund|"
            + "East Indonesia Time=Asia/Jayapura|East Kazakhstan Time=Asia/Almaty|East Timor Time=Asia/Dili|"
            + "Easter Island Standard Time=Pacific/Easter|Easter Island Summer Time=Pacific/Easter|"
            + "Easter Island Time=Pacific/Easter|Eastern Africa Time=Africa/Nairobi|"
            + "Eastern Australia Time=Australia/Sydney|Eastern Daylight Time=America/New_York|"
            + "Eastern European Standard Time=Europe/Bucharest|Eastern European Summer Time=Europe/Bucharest|"
            + "Eastern European Time=Europe/Bucharest|Eastern Indonesia Time=Asia/Jayapura|"
            + "Eastern Standard Time=America/New_York|Eastern Time=America/New_York|Ecuador Time=America/Guayaquil|"
            + "Falkland Islands Standard Time=Atlantic/Stanley|Falkland Islands Time=Atlantic/Stanley|"
            + "Fernando de Noronha Standard Time=America/Noronha|Fernando de Noronha Time=America/Noronha|"
            + "Fiji Standard Time=Pacific/Fiji|Fiji Summer Time=Pacific/Fiji|Fiji Time=Pacific/Fiji|"
            + "French Guiana Time=America/Cayenne|French Southern & Antarctic Lands Time=Indian/Maldives|"
            + "French Southern & Antarctic Time=Indian/Maldives|Galapagos Time=Pacific/Galapagos|"
            + "Gambier Time=Pacific/Gambier|Georgia Standard Time=Asia/Tbilisi|Georgia Time=Asia/Tbilisi|"
            + "Ghana Mean Time=Africa/Abidjan|Gilbert Is. Time=Pacific/Tarawa|Gilbert Islands Time=Pacific/Tarawa|"
            + "Greenwich Mean Time=Africa/Abidjan|Gulf Standard Time=Asia/Dubai|Gulf Time=Asia/Dubai|"
            + "Guyana Time=America/Guyana|Hawaii-Aleutian Daylight Time=Pacific/Honolulu|"
            + "Hawaii-Aleutian Standard Time=Pacific/Honolulu|Hawaii-Aleutian Time=Pacific/Honolulu|"
            + "Hong Kong Standard Time=Asia/Hong_Kong|Hong Kong Time=Asia/Hong_Kong|Hovd Standard Time=Asia/Hovd|"
            + "Hovd Time=Asia/Hovd|India Standard Time=Asia/Kolkata|India Time=Asia/Kolkata|"
            + "Indian Ocean Territory Time=Indian/Chagos|Indian Ocean Time=Indian/Chagos|"
            + "Indochina Time=Asia/Bangkok|Iran Daylight Time=Asia/Tehran|Iran Standard Time=Asia/Tehran|"
            + "Iran Time=Asia/Tehran|Irish Standard Time=Africa/Abidjan|Irish Time=Africa/Abidjan|"
            + "Irkutsk Standard Time=Asia/Irkutsk|Irkutsk Time=Asia/Irkutsk|Israel Daylight Time=Asia/Jerusalem|"
            + "Israel Standard Time=Asia/Jerusalem|Israel Time=Asia/Jerusalem|Japan Standard Time=Asia/Tokyo|"
            + "Japan Time=Asia/Tokyo|Kanton Standard Time=Pacific/Kanton|Kanton Time=Pacific/Kanton|"
            + "Kirgizstan Time=Asia/Bishkek|Korean Standard Time=Asia/Seoul|Korean Time=Asia/Seoul|"
            + "Kosrae Time=Pacific/Kosrae|Kostanay Time=Asia/Almaty|Krasnoyarsk Standard Time=Asia/Krasnoyarsk|"
            + "Krasnoyarsk Time=Asia/Krasnoyarsk|Kyrgyzstan Time=Asia/Bishkek|Line Is. Time=Pacific/Kiritimati|"
            + "Line Islands Time=Pacific/Kiritimati|Lord Howe Daylight Time=Australia/Lord_Howe|"
            + "Lord Howe Standard Time=Australia/Lord_Howe|Lord Howe Time=Australia/Lord_Howe|"
            + "Magadan Standard Time=Asia/Magadan|Magadan Time=Asia/Magadan|Malaysia Time=Asia/Kuching|"
            + "Maldives Time=Indian/Maldives|Marquesas Time=Pacific/Marquesas|Marshall Islands Time=Pacific/Tarawa|"
            + "Mauritius Standard Time=Indian/Mauritius|Mauritius Time=Indian/Mauritius|"
            + "Mawson Time=Antarctica/Mawson|Mexican Pacific Daylight Time=America/Mazatlan|"
            + "Mexican Pacific Standard Time=America/Mazatlan|Mexican Pacific Time=America/Mazatlan|"
            + "Middle Europe Summer Time=Europe/Paris|Middle Europe Time=Europe/Paris|"
            + "Moscow Standard Time=Europe/Moscow|Moscow Time=Europe/Moscow|Mountain Daylight Time=America/Denver|"
            + "Mountain Standard Time=America/Denver|Mountain Time=America/Denver|Myanmar Time=Asia/Yangon|"
            + "Nauru Time=Pacific/Nauru|Nepal Time=Asia/Kathmandu|New Caledonia Standard Time=Pacific/Noumea|"
            + "New Caledonia Time=Pacific/Noumea|New Zealand Daylight Time=Pacific/Auckland|"
            + "New Zealand Standard Time=Pacific/Auckland|New Zealand Time=Pacific/Auckland|"
            + "Newfoundland Daylight Time=America/St_Johns|Newfoundland Standard Time=America/St_Johns|"
            + "Newfoundland Time=America/St_Johns|Niue Time=Pacific/Niue|"
            + "Norfolk Island Daylight Time=Pacific/Norfolk|Norfolk Island Standard Time=Pacific/Norfolk|"
            + "Norfolk Island Time=Pacific/Norfolk|Northwest Mexico Daylight Time=America/Tijuana|"
            + "Northwest Mexico Standard Time=America/Tijuana|Northwest Mexico Time=America/Tijuana|"
            + "Novosibirsk Standard Time=Asia/Novosibirsk|Novosibirsk Time=Asia/Novosibirsk|"
            + "Omsk Standard Time=Asia/Omsk|Omsk Time=Asia/Omsk|Oral Time=Asia/Aqtobe|"
            + "Pacific Daylight Time=America/Los_Angeles|Pacific Standard Time=America/Los_Angeles|"
            + "Pacific Time=America/Los_Angeles|Pakistan Standard Time=Asia/Karachi|Pakistan Time=Asia/Karachi|"
            + "Palau Time=Pacific/Palau|Papua New Guinea Time=Pacific/Port_Moresby|"
            + "Paraguay Standard Time=America/Asuncion|Paraguay Summer Time=America/Asuncion|"
            + "Paraguay Time=America/Asuncion|Peru Standard Time=America/Lima|Peru Time=America/Lima|"
            + "Petropavlovsk-Kamchatski Standard Time=Asia/Kamchatka|Petropavlovsk-Kamchatski Time=Asia/Kamchatka|"
            + "Philippine Standard Time=Asia/Manila|Philippine Time=Asia/Manila|Phoenix Is. Time=Pacific/Kanton|"
            + "Phoenix Islands Time=Pacific/Kanton|Pitcairn Time=Pacific/Pitcairn|Ponape Time=Pacific/Guadalcanal|"
            + "Punta Arenas Standard Time=America/Punta_Arenas|Punta Arenas Time=America/Punta_Arenas|"
            + "Qyzylorda Time=Asia/Aqtobe|Reunion Time=Asia/Dubai|Rothera Time=Antarctica/Rothera|"
            + "R\u00e9union Time=Asia/Dubai|Sakhalin Standard Time=Asia/Sakhalin|Sakhalin Time=Asia/Sakhalin|"
            + "Samara Standard Time=Europe/Samara|Samara Time=Europe/Samara|Samoa Standard Time=Pacific/Pago_Pago|"
            + "Samoa Time=Pacific/Pago_Pago|Saratov Standard Time=Europe/Saratov|Saratov Time=Europe/Saratov|"
            + "Seychelles Time=Asia/Dubai|Singapore Standard Time=Asia/Singapore|Singapore Time=Asia/Singapore|"
            + "Solomon Is. Time=Pacific/Guadalcanal|Solomon Islands Time=Pacific/Guadalcanal|"
            + "South Africa Standard Time=Africa/Johannesburg|South Africa Time=Africa/Johannesburg|"
            + "South Georgia Time=Atlantic/South_Georgia|Srednekolymsk Time=Asia/Srednekolymsk|"
            + "St. Pierre & Miquelon Daylight Time=America/Miquelon|"
            + "St. Pierre & Miquelon Standard Time=America/Miquelon|St. Pierre & Miquelon Time=America/Miquelon|"
            + "Suriname Time=America/Paramaribo|Syowa Time=Asia/Riyadh|Tahiti Time=Pacific/Tahiti|"
            + "Taipei Standard Time=Asia/Taipei|Taipei Time=Asia/Taipei|Tajikistan Time=Asia/Dushanbe|"
            + "Timor-Leste Time=Asia/Dili|Tokelau Time=Pacific/Fakaofo|Tomsk Standard Time=Asia/Tomsk|"
            + "Tomsk Time=Asia/Tomsk|Tonga Standard Time=Pacific/Tongatapu|Tonga Time=Pacific/Tongatapu|"
            + "Troll Time=Africa/Abidjan|Turkey Time=Europe/Istanbul|Turkmenistan Standard Time=Asia/Ashgabat|"
            + "Turkmenistan Time=Asia/Ashgabat|Tuvalu Time=Pacific/Tarawa|"
            + "Ulaanbaatar Standard Time=Asia/Ulaanbaatar|Ulaanbaatar Time=Asia/Ulaanbaatar|"
            + "Ulyanovsk Standard Time=Europe/Ulyanovsk|Ulyanovsk Time=Europe/Ulyanovsk|"
            + "Uruguay Standard Time=America/Montevideo|Uruguay Time=America/Montevideo|"
            + "Uzbekistan Standard Time=Asia/Tashkent|Uzbekistan Time=Asia/Tashkent|"
            + "Vanuatu Standard Time=Pacific/Efate|Vanuatu Time=Pacific/Efate|Venezuela Time=America/Caracas|"
            + "Vladivostok Standard Time=Asia/Vladivostok|Vladivostok Time=Asia/Vladivostok|"
            + "Volgograd Standard Time=Europe/Volgograd|Volgograd Time=Europe/Volgograd|"
            + "Vostok Time=Antarctica/Vostok|Wake Island Time=Pacific/Tarawa|Wake Time=Pacific/Tarawa|"
            + "Wallis & Futuna Time=Pacific/Tarawa|West Africa Standard Time=Africa/Lagos|"
            + "West Africa Time=Africa/Lagos|West Greenland Standard Time=America/Nuuk|"
            + "West Greenland Summer Time=America/Nuuk|West Greenland Time=America/Nuuk|"
            + "West Indonesia Time=Asia/Jakarta|West Kazakhstan Time=Asia/Aqtobe|"
            + "Western African Time=Africa/Maputo|Western Australia Time=Australia/Perth|"
            + "Western European Standard Time=Atlantic/Canary|Western European Summer Time=Atlantic/Canary|"
            + "Western European Time=Atlantic/Canary|Western Indonesia Time=Asia/Jakarta|"
            + "Xinjiang Standard Time=Asia/Urumqi|Xinjiang Time=Asia/Urumqi|Yakutsk Standard Time=Asia/Yakutsk|"
            + "Yakutsk Time=Asia/Yakutsk|Yekaterinburg Standard Time=Asia/Yekaterinburg|"
            + "Yekaterinburg Time=Asia/Yekaterinburg|";

    private static java.util.Map<String, String> parseShort;
    private static java.util.Map<String, String> parseFull;

    /** The names that zone-text parsing accepts, mapped to their zone IDs. */
    public static synchronized java.util.Map<String, String> parseNames(boolean full) {
        if (parseShort == null) {
            parseShort = toMap(PARSE_NAMES_SHORT);
            parseFull = toMap(PARSE_NAMES_FULL);
        }
        return full ? parseFull : parseShort;
    }

    private static java.util.Map<String, String> toMap(String table) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String entry : table.split("\\|")) {
            int eq = entry.indexOf('=');
            m.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return m;
    }

    /**
     * Zone names that SimpleDateFormat's z parsing accepts ("name=minutes,zone|"): the UTC offset
     * that JDK 17 gives each (a standard name the zone's standard offset, a daylight name with
     * daylight saving time) and the zone it then formats in (the first zone with the name in
     * JDK 17's zone strings); generated from HotSpot 17.
     */
    public static final String LEGACY_PARSE_ZONES = "ACDT=570,ACT|ACST=570,ACT|ACT=-300,America/Eirunepe|ACWDT=525,Australia/Eucla|"
            + "ACWST=525,Australia/Eucla|ADT=-180,America/Halifax|AEDT=660,AET|AEST=600,AET|AFST=270,Asia/Kabul|"
            + "AFT=270,Asia/Kabul|AKDT=-480,America/Anchorage|AKST=-540,America/Anchorage|ALMST=360,Asia/Almaty|"
            + "ALMT=360,Asia/Almaty|AMST=240,NET|AMT=240,NET|ANAST=720,Asia/Anadyr|ANAT=720,Asia/Anadyr|"
            + "AQTST=300,Asia/Aqtau|AQTT=300,Asia/Aqtau|ARST=-180,America/Jujuy|ART=-180,America/Jujuy|"
            + "AST=-240,America/Halifax|AWDT=480,Australia/Perth|AWST=480,Australia/Perth|AZOST=0,Atlantic/Azores|"
            + "AZOT=-60,Atlantic/Azores|AZST=240,Asia/Baku|AZT=240,Asia/Baku|"
            + "Acre Standard Time=-300,America/Eirunepe|Acre Summer Time=-300,America/Eirunepe|"
            + "Afghanistan Summer Time=270,Asia/Kabul|Afghanistan Time=270,Asia/Kabul|"
            + "Alaska Daylight Time=-480,America/Anchorage|Alaska Standard Time=-540,America/Anchorage|"
            + "Alma-Ata Summer Time=360,Asia/Almaty|Amazon Standard Time=-240,America/Cuiaba|"
            + "Amazon Summer Time=-240,America/Cuiaba|Anadyr Standard Time=720,Asia/Anadyr|"
            + "Anadyr Summer Time=720,Asia/Anadyr|Apia Daylight Time=780,MIT|Apia Standard Time=780,MIT|"
            + "Aqtau Summer Time=300,Asia/Aqtau|Aqtobe Summer Time=300,Asia/Aqtobe|"
            + "Arabian Daylight Time=180,Asia/Aden|Arabian Standard Time=180,Asia/Aden|"
            + "Argentina Standard Time=-180,America/Jujuy|Argentina Summer Time=-180,America/Jujuy|"
            + "Argentine Summer Time=-180,AGT|Argentine Time=-180,AGT|Armenia Standard Time=240,NET|"
            + "Armenia Summer Time=240,NET|Atlantic Daylight Time=-180,America/Halifax|"
            + "Atlantic Standard Time=-240,America/Halifax|Atyrau Daylight Time=300,Asia/Atyrau|"
            + "Australian Central Daylight Time=570,ACT|Australian Central Standard Time=570,ACT|"
            + "Australian Central Western Daylight Time=525,Australia/Eucla|"
            + "Australian Central Western Standard Time=525,Australia/Eucla|"
            + "Australian Eastern Daylight Time=660,AET|Australian Eastern Standard Time=600,AET|"
            + "Australian Western Daylight Time=480,Australia/Perth|"
            + "Australian Western Standard Time=480,Australia/Perth|Azerbaijan Standard Time=240,Asia/Baku|"
            + "Azerbaijan Summer Time=240,Asia/Baku|Azores Standard Time=-60,Atlantic/Azores|"
            + "Azores Summer Time=0,Atlantic/Azores|BDST=360,BST|BDT=360,BST|BNST=480,Asia/Brunei|"
            + "BNT=480,Asia/Brunei|BOST=-240,America/La_Paz|BOT=-240,America/La_Paz|BRST=-180,BET|BRT=-180,BET|"
            + "BST=60,Europe/Jersey|BTST=360,Asia/Thimphu|BTT=360,Asia/Thimphu|Bangladesh Standard Time=360,BST|"
            + "Bangladesh Summer Time=360,BST|Barnaul Daylight Time=420,Asia/Barnaul|"
            + "Barnaul Standard Time=420,Asia/Barnaul|Bhutan Summer Time=360,Asia/Thimphu|"
            + "Bhutan Time=360,Asia/Thimphu|Bolivia Summer Time=-240,America/La_Paz|"
            + "Bolivia Time=-240,America/La_Paz|Bougainville Daylight Time=660,Pacific/Bougainville|"
            + "Bougainville Standard Time=660,Pacific/Bougainville|Brasilia Standard Time=-180,BET|"
            + "Brasilia Summer Time=-180,BET|British Summer Time=60,Europe/Jersey|"
            + "Brunei Darussalam Time=480,Asia/Brunei|Brunei Summer Time=480,Asia/Brunei|CAST=120,CAT|CAT=120,CAT|"
            + "CCST=390,Indian/Cocos|CCT=390,Indian/Cocos|CDT=-300,America/Chicago|CEST=120,Europe/Paris|"
            + "CET=60,Europe/Paris|CHADT=825,Pacific/Chatham|CHAST=765,Pacific/Chatham|CHOST=480,Asia/Choibalsan|"
            + "CHOT=480,Asia/Choibalsan|CHUST=600,Pacific/Yap|CHUT=600,Pacific/Yap|CIST=480,Asia/Makassar|"
            + "CKHST=-600,Pacific/Rarotonga|CKT=-600,Pacific/Rarotonga|CLST=-180,America/Santiago|"
            + "CLT=-240,America/Santiago|COST=-300,America/Bogota|COT=-300,America/Bogota|CST=-360,America/Chicago|"
            + "CVST=-60,Atlantic/Cape_Verde|CVT=-60,Atlantic/Cape_Verde|CXST=420,Indian/Christmas|"
            + "CXT=420,Indian/Christmas|Cape Verde Standard Time=-60,Atlantic/Cape_Verde|"
            + "Cape Verde Summer Time=-60,Atlantic/Cape_Verde|Casey Time=480,Antarctica/Casey|"
            + "Central Africa Time=120,CAT|Central African Summer Time=120,CAT|"
            + "Central Daylight Time=-300,America/Chicago|Central European Standard Time=60,Europe/Paris|"
            + "Central European Summer Time=120,Europe/Paris|Central European Time=60,CET|"
            + "Central Indonesia Summer Time=480,Asia/Makassar|Central Indonesia Time=480,Asia/Makassar|"
            + "Central Standard Time=-360,America/Chicago|ChDT=600,Pacific/Guam|ChST=600,Pacific/Guam|"
            + "Chamorro Daylight Time=600,Pacific/Guam|Chamorro Standard Time=600,Pacific/Guam|"
            + "Chatham Daylight Time=825,Pacific/Chatham|Chatham Standard Time=765,Pacific/Chatham|"
            + "Chile Standard Time=-240,America/Santiago|Chile Summer Time=-180,America/Santiago|"
            + "Chile Time=-180,Antarctica/Palmer|China Daylight Time=480,Asia/Shanghai|"
            + "China Standard Time=480,Asia/Shanghai|Christmas Island Summer Time=420,Indian/Christmas|"
            + "Christmas Island Time=420,Indian/Christmas|Chuuk Summer Time=600,Pacific/Yap|"
            + "Chuuk Time=600,Pacific/Yap|Cocos Islands Summer Time=390,Indian/Cocos|"
            + "Cocos Islands Time=390,Indian/Cocos|Colombia Standard Time=-300,America/Bogota|"
            + "Colombia Summer Time=-300,America/Bogota|Cook Islands Half Summer Time=-600,Pacific/Rarotonga|"
            + "Cook Islands Standard Time=-600,Pacific/Rarotonga|Coordinated Universal Time=0,UTC|"
            + "Cuba Daylight Time=-240,America/Havana|Cuba Standard Time=-300,America/Havana|"
            + "DAVST=420,Antarctica/Davis|DAVT=420,Antarctica/Davis|DDUST=600,Antarctica/DumontDUrville|"
            + "DDUT=600,Antarctica/DumontDUrville|Davis Summer Time=420,Antarctica/Davis|"
            + "Davis Time=420,Antarctica/Davis|Dumont-d'Urville Summer Time=600,Antarctica/DumontDUrville|"
            + "Dumont-d\u2019Urville Time=600,Antarctica/DumontDUrville|EASST=-300,Pacific/Easter|EAST=180,EAT|"
            + "EAT=180,EAT|ECST=-300,America/Guayaquil|ECT=-300,America/Guayaquil|EDT=-240,America/New_York|"
            + "EEST=180,Europe/Bucharest|EET=120,Europe/Bucharest|EGST=0,America/Scoresbysund|"
            + "EGT=-60,America/Scoresbysund|EIST=540,Asia/Jayapura|EST=-300,America/New_York|"
            + "East Africa Time=180,EAT|Eastern African Summer Time=180,EAT|"
            + "Eastern Daylight Time=-240,America/New_York|Eastern European Standard Time=120,Europe/Bucharest|"
            + "Eastern European Summer Time=180,Europe/Bucharest|Eastern Standard Time=-300,America/New_York|"
            + "Ecuador Summer Time=-300,America/Guayaquil|Ecuador Time=-300,America/Guayaquil|"
            + "FJST=720,Pacific/Fiji|FJT=720,Pacific/Fiji|FKST=-180,Atlantic/Stanley|FKT=-180,Atlantic/Stanley|"
            + "FNST=-120,America/Noronha|FNT=-120,America/Noronha|"
            + "Falkland Islands Standard Time=-180,Atlantic/Stanley|"
            + "Falkland Islands Summer Time=-180,Atlantic/Stanley|"
            + "Fernando de Noronha Standard Time=-120,America/Noronha|"
            + "Fernando de Noronha Summer Time=-120,America/Noronha|Fiji Standard Time=720,Pacific/Fiji|"
            + "Fiji Summer Time=720,Pacific/Fiji|French Guiana Summer Time=-180,America/Cayenne|"
            + "French Guiana Time=-180,America/Cayenne|"
            + "French Southern & Antarctic Lands Summer Time=300,Indian/Kerguelen|"
            + "French Southern & Antarctic Time=300,Indian/Kerguelen|GALST=-360,Pacific/Galapagos|"
            + "GALT=-360,Pacific/Galapagos|GAMST=-540,Pacific/Gambier|GAMT=-540,Pacific/Gambier|GDT=240,Asia/Dubai|"
            + "GEST=240,Asia/Tbilisi|GET=240,Asia/Tbilisi|GFST=-180,America/Cayenne|GFT=-180,America/Cayenne|"
            + "GHST=0,Africa/Accra|GILST=720,Pacific/Tarawa|GILT=720,Pacific/Tarawa|GST=240,Asia/Dubai|"
            + "GYST=-240,America/Guyana|GYT=-240,America/Guyana|Galapagos Summer Time=-360,Pacific/Galapagos|"
            + "Galapagos Time=-360,Pacific/Galapagos|Gambier Summer Time=-540,Pacific/Gambier|"
            + "Gambier Time=-540,SystemV/YST9|Georgia Standard Time=240,Asia/Tbilisi|"
            + "Georgia Summer Time=240,Asia/Tbilisi|Ghana Summer Time=0,Africa/Accra|"
            + "Gilbert Is. Summer Time=720,Pacific/Tarawa|Gilbert Islands Time=720,Pacific/Tarawa|"
            + "Greenwich Mean Time=0,GMT|Gulf Daylight Time=240,Asia/Dubai|Gulf Standard Time=240,Asia/Dubai|"
            + "Guyana Summer Time=-240,America/Guyana|Guyana Time=-240,America/Guyana|HADT=-540,America/Adak|"
            + "HAST=-600,America/Adak|HDT=-600,Pacific/Honolulu|HKST=480,Asia/Hong_Kong|HKT=480,Asia/Hong_Kong|"
            + "HOVST=420,Asia/Hovd|HOVT=420,Asia/Hovd|HST=-600,Pacific/Honolulu|Hawaii Standard Time=-600,HST|"
            + "Hawaii-Aleutian Daylight Time=-600,Pacific/Honolulu|"
            + "Hawaii-Aleutian Standard Time=-600,Pacific/Honolulu|Hong Kong Standard Time=480,Asia/Hong_Kong|"
            + "Hong Kong Summer Time=480,Asia/Hong_Kong|Hovd Standard Time=420,Asia/Hovd|"
            + "Hovd Summer Time=420,Asia/Hovd|ICST=420,Asia/Saigon|ICT=420,Asia/Saigon|IDT=180,Asia/Jerusalem|"
            + "IOST=360,Indian/Chagos|IOT=360,Indian/Chagos|IRDT=270,Asia/Tehran|IRKST=480,Asia/Irkutsk|"
            + "IRKT=480,Asia/Irkutsk|IRST=210,Asia/Tehran|IST=120,Asia/Jerusalem|"
            + "India Daylight Time=330,Asia/Colombo|India Standard Time=330,Asia/Colombo|"
            + "Indian Ocean Territory Summer Time=360,Indian/Chagos|Indian Ocean Time=360,Indian/Chagos|"
            + "Indochina Summer Time=420,Asia/Saigon|Indochina Time=420,Asia/Saigon|"
            + "Iran Daylight Time=270,Asia/Tehran|Iran Standard Time=210,Asia/Tehran|"
            + "Irish Standard Time=60,Europe/Dublin|Irkutsk Standard Time=480,Asia/Irkutsk|"
            + "Irkutsk Summer Time=480,Asia/Irkutsk|Israel Daylight Time=180,Asia/Jerusalem|"
            + "Israel Standard Time=120,Asia/Jerusalem|JDT=540,Asia/Tokyo|JST=540,Asia/Tokyo|"
            + "Japan Daylight Time=540,Asia/Tokyo|Japan Standard Time=540,Asia/Tokyo|KDT=540,Asia/Seoul|"
            + "KGST=360,Asia/Bishkek|KGT=360,Asia/Bishkek|KOSST=660,Pacific/Kosrae|KOST=660,Pacific/Kosrae|"
            + "KRAST=420,Asia/Krasnoyarsk|KRAT=420,Asia/Krasnoyarsk|KST=540,Asia/Seoul|"
            + "Kanton Daylight Time=780,Pacific/Kanton|Kanton Standard Time=780,Pacific/Kanton|"
            + "Kirgizstan Summer Time=360,Asia/Bishkek|Korean Daylight Time=540,Asia/Seoul|"
            + "Korean Standard Time=540,Asia/Seoul|Kosrae Summer Time=660,Pacific/Kosrae|"
            + "Kosrae Time=660,Pacific/Kosrae|Kostanay Summer Time=360,Asia/Qostanay|"
            + "Krasnoyarsk Standard Time=420,Asia/Krasnoyarsk|Krasnoyarsk Summer Time=420,Asia/Krasnoyarsk|"
            + "Kyrgyzstan Time=360,Asia/Bishkek|LHDT=660,Australia/Lord_Howe|LHST=630,Australia/Lord_Howe|"
            + "LINST=840,Pacific/Kiritimati|LINT=840,Pacific/Kiritimati|"
            + "Line Is. Summer Time=840,Pacific/Kiritimati|Line Islands Time=840,Pacific/Kiritimati|"
            + "Lord Howe Daylight Time=660,Australia/Lord_Howe|Lord Howe Standard Time=630,Australia/Lord_Howe|"
            + "MAGST=660,Asia/Magadan|MAGT=660,Asia/Magadan|MARST=-570,Pacific/Marquesas|"
            + "MART=-570,Pacific/Marquesas|MAWST=300,Antarctica/Mawson|MAWT=300,Antarctica/Mawson|"
            + "MDT=-360,America/Denver|MEST=120,MET|MET=60,MET|MHST=720,Pacific/Majuro|MHT=720,Pacific/Majuro|"
            + "MMST=390,Asia/Rangoon|MMT=390,Asia/Rangoon|MSD=180,Europe/Minsk|MSK=180,Europe/Minsk|"
            + "MST=-420,America/Denver|MUST=240,Indian/Mauritius|MUT=240,Indian/Mauritius|MVST=300,Indian/Maldives|"
            + "MVT=300,Indian/Maldives|MYST=480,Asia/Kuching|MYT=480,Asia/Kuching|"
            + "Magadan Standard Time=660,Asia/Magadan|Magadan Summer Time=660,Asia/Magadan|"
            + "Malaysia Summer Time=480,Asia/Kuching|Malaysia Time=480,Asia/Kuching|"
            + "Maldives Summer Time=300,Indian/Maldives|Maldives Time=300,Indian/Maldives|"
            + "Marquesas Summer Time=-570,Pacific/Marquesas|Marquesas Time=-570,Pacific/Marquesas|"
            + "Marshall Islands Summer Time=720,Pacific/Majuro|Marshall Islands Time=720,Pacific/Majuro|"
            + "Mauritius Standard Time=240,Indian/Mauritius|Mauritius Summer Time=240,Indian/Mauritius|"
            + "Mawson Summer Time=300,Antarctica/Mawson|Mawson Time=300,Antarctica/Mawson|"
            + "Mexican Pacific Daylight Time=-360,America/Mazatlan|"
            + "Mexican Pacific Standard Time=-420,America/Mazatlan|Middle Europe Summer Time=120,MET|"
            + "Middle Europe Time=60,MET|Moscow Daylight Time=180,Europe/Kirov|"
            + "Moscow Standard Time=180,Europe/Minsk|Moscow Summer Time=180,Europe/Minsk|"
            + "Mountain Daylight Time=-360,America/Denver|Mountain Standard Time=-420,America/Denver|"
            + "Myanmar Summer Time=390,Asia/Rangoon|Myanmar Time=390,Asia/Rangoon|NCST=660,Pacific/Noumea|"
            + "NCT=660,Pacific/Noumea|NDT=-150,America/St_Johns|NFST=720,Pacific/Norfolk|NFT=660,Pacific/Norfolk|"
            + "NOVST=420,Asia/Novosibirsk|NOVT=420,Asia/Novosibirsk|NPST=345,Asia/Katmandu|NPT=345,Asia/Katmandu|"
            + "NRST=720,Pacific/Nauru|NRT=720,Pacific/Nauru|NST=-210,America/St_Johns|NUST=-660,Pacific/Niue|"
            + "NUT=-660,Pacific/Niue|NZDT=780,NST|NZST=720,NST|Nauru Summer Time=720,Pacific/Nauru|"
            + "Nauru Time=720,Pacific/Nauru|Nepal Summer Time=345,Asia/Katmandu|Nepal Time=345,Asia/Katmandu|"
            + "New Caledonia Standard Time=660,Pacific/Noumea|New Caledonia Summer Time=660,Pacific/Noumea|"
            + "New Zealand Daylight Time=780,NST|New Zealand Standard Time=720,NST|"
            + "Newfoundland Daylight Time=-150,America/St_Johns|Newfoundland Standard Time=-210,America/St_Johns|"
            + "Niue Summer Time=-660,Pacific/Niue|Niue Time=-660,Pacific/Niue|"
            + "Norfolk Island Daylight Time=720,Pacific/Norfolk|Norfolk Island Standard Time=660,Pacific/Norfolk|"
            + "Northwest Mexico Daylight Time=-420,America/Santa_Isabel|"
            + "Northwest Mexico Standard Time=-480,America/Santa_Isabel|"
            + "Novosibirsk Standard Time=420,Asia/Novosibirsk|Novosibirsk Summer Time=420,Asia/Novosibirsk|"
            + "OMSST=360,Asia/Omsk|OMST=360,Asia/Omsk|ORAST=300,Asia/Oral|ORAT=300,Asia/Oral|"
            + "Omsk Standard Time=360,Asia/Omsk|Omsk Summer Time=360,Asia/Omsk|Oral Summer Time=300,Asia/Oral|"
            + "PDT=-420,America/Los_Angeles|PEST=-300,America/Lima|PET=-300,America/Lima|"
            + "PGST=600,Pacific/Port_Moresby|PGT=600,Pacific/Port_Moresby|PHOST=780,Pacific/Enderbury|"
            + "PHOT=780,Pacific/Enderbury|PKST=300,PLT|PKT=300,PLT|PMDT=-120,America/Miquelon|"
            + "PMST=-180,America/Miquelon|PONST=660,Pacific/Ponape|PONT=660,Pacific/Ponape|"
            + "PST=-480,America/Los_Angeles|PWST=540,Pacific/Palau|PWT=540,Pacific/Palau|"
            + "PYST=-240,America/Asuncion|PYT=-240,America/Asuncion|Pacific Daylight Time=-420,America/Los_Angeles|"
            + "Pacific Standard Time=-480,America/Los_Angeles|Pakistan Standard Time=300,PLT|"
            + "Pakistan Summer Time=300,PLT|Palau Summer Time=540,Pacific/Palau|Palau Time=540,Pacific/Palau|"
            + "Papua New Guinea Summer Time=600,Pacific/Port_Moresby|"
            + "Papua New Guinea Time=600,Pacific/Port_Moresby|Paraguay Standard Time=-240,America/Asuncion|"
            + "Paraguay Summer Time=-240,America/Asuncion|Peru Standard Time=-300,America/Lima|"
            + "Peru Summer Time=-300,America/Lima|Philippine Standard Time=480,Asia/Manila|"
            + "Philippine Summer Time=480,Asia/Manila|Phoenix Is. Summer Time=780,Pacific/Enderbury|"
            + "Phoenix Islands Time=780,Pacific/Enderbury|Pitcairn Daylight Time=-480,Pacific/Pitcairn|"
            + "Pitcairn Time=-480,SystemV/PST8|Pohnpei Summer Time=660,Pacific/Ponape|"
            + "Ponape Time=660,Pacific/Ponape|Punta Arenas Standard Time=-180,America/Punta_Arenas|"
            + "QOSST=360,Asia/Qostanay|QOST=360,Asia/Qostanay|QYZST=300,Asia/Qyzylorda|QYZT=300,Asia/Qyzylorda|"
            + "Qyzylorda Summer Time=300,Asia/Qyzylorda|REST=240,Indian/Reunion|RET=240,Indian/Reunion|"
            + "ROTST=-180,Antarctica/Rothera|ROTT=-180,Antarctica/Rothera|Reunion Summer Time=240,Indian/Reunion|"
            + "Rothera Summer Time=-180,Antarctica/Rothera|Rothera Time=-180,Antarctica/Rothera|"
            + "R\u00e9union Time=240,Indian/Reunion|SAKST=660,Asia/Sakhalin|SAKT=660,Asia/Sakhalin|"
            + "SAMST=240,Europe/Samara|SAMT=240,Europe/Samara|SAST=120,Africa/Maseru|SBST=660,SST|SBT=660,SST|"
            + "SCST=240,Indian/Mahe|SCT=240,Indian/Mahe|SDT=-660,Pacific/Midway|SGST=480,Asia/Singapore|"
            + "SGT=480,Asia/Singapore|SREDT=660,Asia/Srednekolymsk|SRET=660,Asia/Srednekolymsk|"
            + "SRST=-180,America/Paramaribo|SRT=-180,America/Paramaribo|SST=-660,Pacific/Midway|"
            + "SYOST=180,Antarctica/Syowa|SYOT=180,Antarctica/Syowa|Sakhalin Standard Time=660,Asia/Sakhalin|"
            + "Sakhalin Summer Time=660,Asia/Sakhalin|Samara Standard Time=240,Europe/Samara|"
            + "Samara Summer Time=240,Europe/Samara|Samoa Daylight Time=-660,Pacific/Midway|"
            + "Samoa Standard Time=-660,Pacific/Midway|Saratov Standard Time=240,Europe/Saratov|"
            + "Seychelles Summer Time=240,Indian/Mahe|Seychelles Time=240,Indian/Mahe|"
            + "Singapore Standard Time=480,Asia/Singapore|Singapore Summer Time=480,Asia/Singapore|"
            + "Solomon Is. Summer Time=660,SST|Solomon Islands Time=660,SST|"
            + "South Africa Standard Time=120,Africa/Maseru|South Africa Summer Time=120,Africa/Maseru|"
            + "South Georgia Daylight Time=-120,Atlantic/South_Georgia|"
            + "South Georgia Time=-120,Atlantic/South_Georgia|Srednekolymsk Daylight Time=660,Asia/Srednekolymsk|"
            + "Srednekolymsk Time=660,Asia/Srednekolymsk|St. Pierre & Miquelon Daylight Time=-120,America/Miquelon|"
            + "St. Pierre & Miquelon Standard Time=-180,America/Miquelon|"
            + "Suriname Summer Time=-180,America/Paramaribo|Suriname Time=-180,America/Paramaribo|"
            + "Syowa Summer Time=180,Antarctica/Syowa|Syowa Time=180,Antarctica/Syowa|TAHST=-600,Pacific/Tahiti|"
            + "TAHT=-600,Pacific/Tahiti|TFST=300,Indian/Kerguelen|TFT=300,Indian/Kerguelen|TJST=300,Asia/Dushanbe|"
            + "TJT=300,Asia/Dushanbe|TKST=780,Pacific/Fakaofo|TKT=780,Pacific/Fakaofo|TLST=540,Asia/Dili|"
            + "TLT=540,Asia/Dili|TMST=300,Asia/Ashgabat|TMT=300,Asia/Ashgabat|TOST=780,Pacific/Tongatapu|"
            + "TOT=780,Pacific/Tongatapu|TRST=180,Europe/Istanbul|TRT=180,Europe/Istanbul|"
            + "TVST=720,Pacific/Funafuti|TVT=720,Pacific/Funafuti|Tahiti Summer Time=-600,Pacific/Tahiti|"
            + "Tahiti Time=-600,Pacific/Tahiti|Taipei Daylight Time=480,Asia/Taipei|"
            + "Taipei Standard Time=480,Asia/Taipei|Tajikistan Summer Time=300,Asia/Dushanbe|"
            + "Tajikistan Time=300,Asia/Dushanbe|Timor-Leste Summer Time=540,Asia/Dili|"
            + "Tokelau Summer Time=780,Pacific/Fakaofo|Tokelau Time=780,Pacific/Fakaofo|"
            + "Tomsk Daylight Time=420,Asia/Tomsk|Tomsk Standard Time=420,Asia/Tomsk|"
            + "Tonga Standard Time=780,Pacific/Tongatapu|Tonga Summer Time=780,Pacific/Tongatapu|"
            + "Turkey Summer Time=180,Europe/Istanbul|Turkey Time=180,Europe/Istanbul|"
            + "Turkmenistan Standard Time=300,Asia/Ashgabat|Turkmenistan Summer Time=300,Asia/Ashgabat|"
            + "Tuvalu Summer Time=720,Pacific/Funafuti|Tuvalu Time=720,Pacific/Funafuti|ULAST=480,Asia/Ulaanbaatar|"
            + "ULAT=480,Asia/Ulaanbaatar|UYST=-180,America/Montevideo|UYT=-180,America/Montevideo|"
            + "UZST=300,Asia/Tashkent|UZT=300,Asia/Tashkent|Ulaanbaatar Standard Time=480,Asia/Choibalsan|"
            + "Ulaanbaatar Summer Time=480,Asia/Choibalsan|Ulyanovsk Standard Time=240,Europe/Ulyanovsk|"
            + "Uruguay Standard Time=-180,America/Montevideo|Uruguay Summer Time=-180,America/Montevideo|"
            + "Uzbekistan Standard Time=300,Asia/Tashkent|Uzbekistan Summer Time=300,Asia/Tashkent|"
            + "VEST=-240,America/Caracas|VET=-240,America/Caracas|VLAST=600,Asia/Ust-Nera|VLAT=600,Asia/Ust-Nera|"
            + "VOSST=420,Antarctica/Vostok|VOST=420,Antarctica/Vostok|VUST=660,Pacific/Efate|VUT=660,Pacific/Efate|"
            + "Vanuatu Standard Time=660,Pacific/Efate|Vanuatu Summer Time=660,Pacific/Efate|"
            + "Venezuela Summer Time=-240,America/Caracas|Venezuela Time=-240,America/Caracas|"
            + "Vladivostok Standard Time=600,Asia/Ust-Nera|Vladivostok Summer Time=600,Asia/Ust-Nera|"
            + "Volgograd Standard Time=180,Europe/Volgograd|Volgograd Summer Time=180,Europe/Volgograd|"
            + "Vostok Time=420,Antarctica/Vostok|WAKST=720,Pacific/Wake|WAKT=720,Pacific/Wake|WAST=60,Africa/Lagos|"
            + "WAT=60,Africa/Lagos|WEST=60,Europe/Lisbon|WET=0,Europe/Lisbon|WFST=720,Pacific/Wallis|"
            + "WFT=720,Pacific/Wallis|WGST=-120,America/Godthab|WGT=-180,America/Godthab|WIB=420,Asia/Jakarta|"
            + "WIST=420,Asia/Jakarta|WIT=540,Asia/Jayapura|WSDT=780,MIT|WSST=780,MIT|"
            + "Wake Island Time=720,Pacific/Wake|Wake Summer Time=720,Pacific/Wake|"
            + "Wallis & Futuna Summer Time=720,Pacific/Wallis|Wallis & Futuna Time=720,Pacific/Wallis|"
            + "West Africa Standard Time=60,Africa/Lagos|West Africa Summer Time=60,Africa/Lagos|"
            + "West Indonesia Summer Time=420,Asia/Jakarta|West Kazakhstan Time=300,Asia/Oral|"
            + "Western European Standard Time=0,Europe/Lisbon|Western European Summer Time=60,Europe/Lisbon|"
            + "Western Indonesia Time=420,Asia/Jakarta|XJDT=360,Asia/Kashgar|XJT=360,Asia/Kashgar|"
            + "Xinjiang Daylight Time=360,Asia/Kashgar|Xinjiang Standard Time=360,Asia/Kashgar|"
            + "YAKST=540,Asia/Chita|YAKT=540,Asia/Chita|YEKST=300,Asia/Yekaterinburg|YEKT=300,Asia/Yekaterinburg|"
            + "Yakutsk Standard Time=540,Asia/Chita|Yakutsk Summer Time=540,Asia/Chita|"
            + "Yekaterinburg Standard Time=300,Asia/Yekaterinburg|Yekaterinburg Summer Time=300,Asia/Yekaterinburg|";

    private static java.util.Map<String, String[]> legacyZones;

    /** The names of LEGACY_PARSE_ZONES with {offset in minutes, zone ID}. */
    public static synchronized java.util.Map<String, String[]> legacyParseZones() {
        if (legacyZones == null) {
            java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>();
            for (String entry : LEGACY_PARSE_ZONES.split("\\|")) {
                int eq = entry.indexOf('=');
                m.put(entry.substring(0, eq), entry.substring(eq + 1).split(","));
            }
            legacyZones = m;
        }
        return legacyZones;
    }

    public static final String[] ZONES = {
        "Africa/Abidjan|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Accra|0h|GMT|Greenwich Mean Time|GMT|Ghana Mean Time|GHST|Ghana Summer Time",
        "Africa/Addis_Ababa|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Algiers|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time",
        "Africa/Asmara|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Asmera|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Bamako|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Bangui|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Banjul|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Bissau|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Blantyre|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Brazzaville|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Bujumbura|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Cairo|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|4,24,5,0,1,7200,7200,10800|10,26,5,0,1,7200,10800,7200",
        "Africa/Casablanca|0h|WEST|Western European Summer Time|WET|Western European Time|WEST|Western European Summer Time",
        "Africa/Ceuta|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Africa/Conakry|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Dakar|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Dar_es_Salaam|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Djibouti|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Douala|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/El_Aaiun|0h|WEST|Western European Summer Time|WET|Western European Time|WEST|Western European Summer Time",
        "Africa/Freetown|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Gaborone|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Harare|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Johannesburg|7200h|SAST|South Africa Standard Time|SAT|South Africa Time|SAST|South Africa Summer Time",
        "Africa/Juba|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Kampala|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Khartoum|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Kigali|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Kinshasa|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Lagos|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Libreville|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Lome|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Luanda|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Lubumbashi|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Lusaka|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Malabo|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Maputo|7200h|CAT|Central Africa Time|CAT|Central Africa Time|CAST|Central African Summer Time",
        "Africa/Maseru|7200h|SAST|South Africa Standard Time|SAT|South Africa Time|SAST|South Africa Summer Time",
        "Africa/Mbabane|7200h|SAST|South Africa Standard Time|SAT|South Africa Time|SAST|South Africa Summer Time",
        "Africa/Mogadishu|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Monrovia|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Nairobi|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Africa/Ndjamena|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Niamey|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Nouakchott|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Ouagadougou|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Porto-Novo|3600h|WAT|West Africa Standard Time|WAT|West Africa Time|WAST|West Africa Summer Time",
        "Africa/Sao_Tome|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Timbuktu|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Africa/Tripoli|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time",
        "Africa/Tunis|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time",
        "Africa/Windhoek|3600h|WAT|Western African Time|CAT|Central African Time|WAT|Western African Time",
        "America/Adak|-36000h|HAST|Hawaii-Aleutian Standard Time|HAT|Hawaii-Aleutian Time|HADT|Hawaii-Aleutian Daylight Time|3,8,7,7200,1,-36000,-36000,-32400|11,1,7,7200,1,-36000,-32400,-36000",
        "America/Anchorage|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/Anguilla|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Antigua|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Araguaina|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Argentina/Buenos_Aires|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Catamarca|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/ComodRivadavia|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Cordoba|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Jujuy|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/La_Rioja|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Mendoza|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Rio_Gallegos|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Salta|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/San_Juan|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/San_Luis|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Tucuman|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Argentina/Ushuaia|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Aruba|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Asuncion|-10800h|PYT|Paraguay Standard Time|PYT|Paraguay Time|PYST|Paraguay Summer Time",
        "America/Atikokan|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Atka|-36000h|HAST|Hawaii-Aleutian Standard Time|HAT|Hawaii-Aleutian Time|HADT|Hawaii-Aleutian Daylight Time|3,8,7,7200,1,-36000,-36000,-32400|11,1,7,7200,1,-36000,-32400,-36000",
        "America/Bahia|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Bahia_Banderas|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Barbados|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Belem|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Belize|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Blanc-Sablon|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Boa_Vista|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "America/Bogota|-18000h|COT|Colombia Standard Time|COT|Colombia Time|COST|Colombia Summer Time",
        "America/Boise|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Buenos_Aires|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Cambridge_Bay|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Campo_Grande|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "America/Cancun|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Caracas|-14400h|VET|Venezuela Time|VET|Venezuela Time|VEST|Venezuela Summer Time",
        "America/Catamarca|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Cayenne|-10800h|GFT|French Guiana Time|GFT|French Guiana Time|GFST|French Guiana Summer Time",
        "America/Cayman|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Chicago|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Chihuahua|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Ciudad_Juarez|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Coral_Harbour|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Cordoba|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Costa_Rica|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Creston|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Cuiaba|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "America/Curacao|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Danmarkshavn|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "America/Dawson|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Dawson_Creek|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Denver|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Detroit|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Dominica|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Edmonton|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Eirunepe|-18000h|ACT|Acre Standard Time|ACT|Acre Time|ACST|Acre Summer Time",
        "America/El_Salvador|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Ensenada|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "America/Fort_Nelson|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Fort_Wayne|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Fortaleza|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Glace_Bay|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "America/Godthab|-7200h|WGT|West Greenland Standard Time|WGT|West Greenland Time|WGST|West Greenland Summer Time|3,25,7,3600,0,-7200,-7200,-3600|10,25,7,3600,0,-7200,-3600,-7200",
        "America/Goose_Bay|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "America/Grand_Turk|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Grenada|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Guadeloupe|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Guatemala|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Guayaquil|-18000h|ECT|Ecuador Time|ECT|Ecuador Time|ECST|Ecuador Summer Time",
        "America/Guyana|-14400h|GYT|Guyana Time|GYT|Guyana Time|GYST|Guyana Summer Time",
        "America/Halifax|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "America/Havana|-18000h|CST|Cuba Standard Time|CT|Cuba Time|CDT|Cuba Daylight Time|3,8,7,0,2,-18000,-18000,-14400|11,1,7,0,2,-18000,-14400,-18000",
        "America/Hermosillo|-25200h|MST|Mexican Pacific Standard Time|MT|Mexican Pacific Time|MDT|Mexican Pacific Daylight Time",
        "America/Indiana/Indianapolis|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indiana/Knox|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Indiana/Marengo|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indiana/Petersburg|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indiana/Tell_City|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Indiana/Vevay|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indiana/Vincennes|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indiana/Winamac|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Indianapolis|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Inuvik|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Iqaluit|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Jamaica|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Jujuy|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Juneau|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/Kentucky/Louisville|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Kentucky/Monticello|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Knox_IN|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Kralendijk|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/La_Paz|-14400h|BOT|Bolivia Time|BOT|Bolivia Time|BOST|Bolivia Summer Time",
        "America/Lima|-18000h|PET|Peru Standard Time|PET|Peru Time|PEST|Peru Summer Time",
        "America/Los_Angeles|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "America/Louisville|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Lower_Princes|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Maceio|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Managua|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Manaus|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "America/Marigot|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Martinique|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Matamoros|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Mazatlan|-25200h|MST|Mexican Pacific Standard Time|MT|Mexican Pacific Time|MDT|Mexican Pacific Daylight Time",
        "America/Mendoza|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Menominee|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Merida|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Metlakatla|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/Mexico_City|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Miquelon|-10800h|PMST|St. Pierre & Miquelon Standard Time|PMT|St. Pierre & Miquelon Time|PMDT|St. Pierre & Miquelon Daylight Time|3,8,7,7200,1,-10800,-10800,-7200|11,1,7,7200,1,-10800,-7200,-10800",
        "America/Moncton|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "America/Monterrey|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Montevideo|-10800h|UYT|Uruguay Standard Time|UYT|Uruguay Time|UYST|Uruguay Summer Time",
        "America/Montreal|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Montserrat|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Nassau|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/New_York|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Nipigon|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Nome|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/Noronha|-7200h|FNT|Fernando de Noronha Standard Time|FNT|Fernando de Noronha Time|FNST|Fernando de Noronha Summer Time",
        "America/North_Dakota/Beulah|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/North_Dakota/Center|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/North_Dakota/New_Salem|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Nuuk|-7200h|WGT|West Greenland Standard Time|WGT|West Greenland Time|WGST|West Greenland Summer Time|3,25,7,3600,0,-7200,-7200,-3600|10,25,7,3600,0,-7200,-3600,-7200",
        "America/Ojinaga|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Panama|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "America/Pangnirtung|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Paramaribo|-10800h|SRT|Suriname Time|SRT|Suriname Time|SRST|Suriname Summer Time",
        "America/Phoenix|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Port-au-Prince|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Port_of_Spain|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Porto_Acre|-18000h|ACT|Acre Standard Time|ACT|Acre Time|ACST|Acre Summer Time",
        "America/Porto_Velho|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "America/Puerto_Rico|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Punta_Arenas|-10800h|GMT-03:00|Punta Arenas Standard Time|GMT-03:00|Punta Arenas Time|GMT-03:00|Punta Arenas Standard Time",
        "America/Rainy_River|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Rankin_Inlet|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Recife|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Regina|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Resolute|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Rio_Branco|-18000h|ACT|Acre Standard Time|ACT|Acre Time|ACST|Acre Summer Time",
        "America/Rosario|-10800h|ART|Argentina Standard Time|ART|Argentina Time|ARST|Argentina Summer Time",
        "America/Santa_Isabel|-28800h|PST|Northwest Mexico Standard Time|PT|Northwest Mexico Time|PDT|Northwest Mexico Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "America/Santarem|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Santiago|-14400h|CLT|Chile Standard Time|CLT|Chile Time|CLST|Chile Summer Time|4,2,7,10800,0,-14400,-10800,-14400|9,2,7,14400,0,-14400,-14400,-10800",
        "America/Santo_Domingo|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Sao_Paulo|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "America/Scoresbysund|-7200h|EGT|East Greenland Standard Time|EGT|East Greenland Time|EGST|East Greenland Summer Time|3,25,7,3600,0,-7200,-7200,-3600|10,25,7,3600,0,-7200,-3600,-7200",
        "America/Shiprock|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "America/Sitka|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/St_Barthelemy|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/St_Johns|-12600h|NST|Newfoundland Standard Time|NT|Newfoundland Time|NDT|Newfoundland Daylight Time|3,8,7,7200,1,-12600,-12600,-9000|11,1,7,7200,1,-12600,-9000,-12600",
        "America/St_Kitts|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/St_Lucia|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/St_Thomas|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/St_Vincent|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Swift_Current|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Tegucigalpa|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "America/Thule|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "America/Thunder_Bay|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Tijuana|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "America/Toronto|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "America/Tortola|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Vancouver|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "America/Virgin|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "America/Whitehorse|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "America/Winnipeg|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "America/Yakutat|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "America/Yellowknife|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "Antarctica/Casey|28800h|AWST|Casey Time|AWT|Australian Western Time|AWDT|Australian Western Daylight Time",
        "Antarctica/Davis|25200h|DAVT|Davis Time|DAVT|Davis Time|DAVST|Davis Summer Time",
        "Antarctica/DumontDUrville|36000h|DDUT|Dumont-d\u2019Urville Time|DDUT|Dumont-d'Urville Time|DDUST|Dumont-d'Urville Summer Time",
        "Antarctica/Macquarie|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Antarctica/Mawson|18000h|MAWT|Mawson Time|MAWT|Mawson Time|MAWST|Mawson Summer Time",
        "Antarctica/McMurdo|43200h|NZST|New Zealand Standard Time|NZT|New Zealand Time|NZDT|New Zealand Daylight Time|4,1,7,7200,2,43200,46800,43200|9,24,7,7200,2,43200,43200,46800",
        "Antarctica/Palmer|-10800h|CLT|Chile Time|CLT|Chile Time|CLST|Chile Summer Time",
        "Antarctica/Rothera|-10800h|ROTT|Rothera Time|ROTT|Rothera Time|ROTST|Rothera Summer Time",
        "Antarctica/South_Pole|43200h|NZST|New Zealand Standard Time|NZT|New Zealand Time|NZDT|New Zealand Daylight Time|4,1,7,7200,2,43200,46800,43200|9,24,7,7200,2,43200,43200,46800",
        "Antarctica/Syowa|10800h|SYOT|Syowa Time|SYOT|Syowa Time|SYOST|Syowa Summer Time",
        "Antarctica/Troll|0h|GMT|Greenwich Mean Time|ATT|Troll Time|CEST|Central European Summer Time|3,25,7,3600,0,0,0,7200|10,25,7,3600,0,0,7200,0",
        "Antarctica/Vostok|18000h|VOST|Vostok Time|VOST|Vostok Time|VOSST|Vostok Summer Time",
        "Arctic/Longyearbyen|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Asia/Aden|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Almaty|18000h|ALMT|East Kazakhstan Time|ALMT|Alma-Ata Time|ALMST|Alma-Ata Summer Time",
        "Asia/Amman|10800h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time",
        "Asia/Anadyr|43200h|ANAT|Anadyr Standard Time|ANAT|Anadyr Time|ANAST|Anadyr Summer Time",
        "Asia/Aqtau|18000h|AQTT|West Kazakhstan Time|AQTT|Aqtau Time|AQTST|Aqtau Summer Time",
        "Asia/Aqtobe|18000h|AQTT|West Kazakhstan Time|AQTT|Aqtobe Time|AQTST|Aqtobe Summer Time",
        "Asia/Ashgabat|18000h|TMT|Turkmenistan Standard Time|TMT|Turkmenistan Time|TMST|Turkmenistan Summer Time",
        "Asia/Ashkhabad|18000h|TMT|Turkmenistan Standard Time|TMT|Turkmenistan Time|TMST|Turkmenistan Summer Time",
        "Asia/Atyrau|18000h|GMT+05:00|West Kazakhstan Time|GMT+05:00|Atyrau Time|GMT+05:00|Atyrau Daylight Time",
        "Asia/Baghdad|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Bahrain|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Baku|14400h|AZT|Azerbaijan Standard Time|AZT|Azerbaijan Time|AZST|Azerbaijan Summer Time",
        "Asia/Bangkok|25200h|ICT|Indochina Time|ICT|Indochina Time|ICST|Indochina Summer Time",
        "Asia/Barnaul|25200h|GMT+07:00|Barnaul Standard Time|GMT+07:00|Barnaul Time|GMT+07:00|Barnaul Daylight Time",
        "Asia/Beirut|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,0,1,7200,7200,10800|10,25,7,0,1,7200,10800,7200",
        "Asia/Bishkek|21600h|KGT|Kyrgyzstan Time|KGT|Kirgizstan Time|KGST|Kirgizstan Summer Time",
        "Asia/Brunei|28800h|BNT|Brunei Darussalam Time|BNT|Brunei Time|BNST|Brunei Summer Time",
        "Asia/Calcutta|19800h|IST|India Standard Time|IT|India Time|IDT|India Daylight Time",
        "Asia/Chita|32400h|YAKT|Yakutsk Standard Time|YAKT|Yakutsk Time|YAKST|Yakutsk Summer Time",
        "Asia/Choibalsan|28800h|CHOT|Ulaanbaatar Standard Time|CHOT|Ulaanbaatar Time|CHOST|Ulaanbaatar Summer Time",
        "Asia/Chongqing|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Chungking|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Colombo|19800h|IST|India Standard Time|IT|India Time|IDT|India Daylight Time",
        "Asia/Dacca|21600h|BDT|Bangladesh Standard Time|BDT|Bangladesh Time|BDST|Bangladesh Summer Time",
        "Asia/Damascus|10800h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time",
        "Asia/Dhaka|21600h|BDT|Bangladesh Standard Time|BDT|Bangladesh Time|BDST|Bangladesh Summer Time",
        "Asia/Dili|32400h|TLT|East Timor Time|TLT|Timor-Leste Time|TLST|Timor-Leste Summer Time",
        "Asia/Dubai|14400h|GST|Gulf Standard Time|GT|Gulf Time|GDT|Gulf Daylight Time",
        "Asia/Dushanbe|18000h|TJT|Tajikistan Time|TJT|Tajikistan Time|TJST|Tajikistan Summer Time",
        "Asia/Famagusta|7200h|EET|Eastern European Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Asia/Gaza|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,24,6,7200,1,7200,7200,10800|10,24,6,7200,1,7200,10800,7200",
        "Asia/Harbin|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Hebron|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,24,6,7200,1,7200,7200,10800|10,24,6,7200,1,7200,10800,7200",
        "Asia/Ho_Chi_Minh|25200h|ICT|Indochina Time|ICT|Indochina Time|ICST|Indochina Summer Time",
        "Asia/Hong_Kong|28800h|HKT|Hong Kong Standard Time|HKT|Hong Kong Time|HKST|Hong Kong Summer Time",
        "Asia/Hovd|25200h|HOVT|Hovd Standard Time|HOVT|Hovd Time|HOVST|Hovd Summer Time",
        "Asia/Irkutsk|28800h|IRKT|Irkutsk Standard Time|IRKT|Irkutsk Time|IRKST|Irkutsk Summer Time",
        "Asia/Istanbul|10800h|TRT|Turkey Time|TRT|Turkey Time|TRST|Turkey Summer Time",
        "Asia/Jakarta|25200h|WIB|Western Indonesia Time|WIB|West Indonesia Time|WIST|West Indonesia Summer Time",
        "Asia/Jayapura|32400h|WIT|Eastern Indonesia Time|WIT|East Indonesia Time|EIST|East Indonesia Summer Time",
        "Asia/Jerusalem|7200h|IST|Israel Standard Time|IT|Israel Time|IDT|Israel Daylight Time|3,23,5,7200,1,7200,7200,10800|10,25,7,7200,1,7200,10800,7200",
        "Asia/Kabul|16200h|AFT|Afghanistan Time|AFT|Afghanistan Time|AFST|Afghanistan Summer Time",
        "Asia/Kamchatka|43200h|PETT|Petropavlovsk-Kamchatski Standard Time|PETT|Petropavlovsk-Kamchatski Time|PETST|Petropavlovsk-Kamchatski Summer Time",
        "Asia/Karachi|18000h|PKT|Pakistan Standard Time|PKT|Pakistan Time|PKST|Pakistan Summer Time",
        "Asia/Kashgar|21600h|XJT|Xinjiang Standard Time|XJT|Xinjiang Time|XJDT|Xinjiang Daylight Time",
        "Asia/Kathmandu|20700h|NPT|Nepal Time|NPT|Nepal Time|NPST|Nepal Summer Time",
        "Asia/Katmandu|20700h|NPT|Nepal Time|NPT|Nepal Time|NPST|Nepal Summer Time",
        "Asia/Khandyga|32400h|YAKT|Yakutsk Standard Time|YAKT|Yakutsk Time|YAKST|Yakutsk Summer Time",
        "Asia/Kolkata|19800h|IST|India Standard Time|IT|India Time|IDT|India Daylight Time",
        "Asia/Krasnoyarsk|25200h|KRAT|Krasnoyarsk Standard Time|KRAT|Krasnoyarsk Time|KRAST|Krasnoyarsk Summer Time",
        "Asia/Kuala_Lumpur|28800h|MYT|Malaysia Time|MYT|Malaysia Time|MYST|Malaysia Summer Time",
        "Asia/Kuching|28800h|MYT|Malaysia Time|MYT|Malaysia Time|MYST|Malaysia Summer Time",
        "Asia/Kuwait|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Macao|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Macau|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Magadan|39600h|MAGT|Magadan Standard Time|MAGT|Magadan Time|MAGST|Magadan Summer Time",
        "Asia/Makassar|28800h|WITA|Central Indonesia Time|WITA|Central Indonesia Time|CIST|Central Indonesia Summer Time",
        "Asia/Manila|28800h|PST|Philippine Standard Time|PT|Philippine Time|PDT|Philippine Summer Time",
        "Asia/Muscat|14400h|GST|Gulf Standard Time|GT|Gulf Time|GDT|Gulf Daylight Time",
        "Asia/Nicosia|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Asia/Novokuznetsk|25200h|KRAT|Krasnoyarsk Standard Time|KRAT|Krasnoyarsk Time|KRAST|Krasnoyarsk Summer Time",
        "Asia/Novosibirsk|25200h|NOVT|Novosibirsk Standard Time|NOVT|Novosibirsk Time|NOVST|Novosibirsk Summer Time",
        "Asia/Omsk|21600h|OMST|Omsk Standard Time|OMST|Omsk Time|OMSST|Omsk Summer Time",
        "Asia/Oral|18000h|ORAT|West Kazakhstan Time|ORAT|Oral Time|ORAST|Oral Summer Time",
        "Asia/Phnom_Penh|25200h|ICT|Indochina Time|ICT|Indochina Time|ICST|Indochina Summer Time",
        "Asia/Pontianak|25200h|WIB|Western Indonesia Time|WIB|West Indonesia Time|WIST|West Indonesia Summer Time",
        "Asia/Pyongyang|32400h|KST|Korean Standard Time|KT|Korean Time|KDT|Korean Daylight Time",
        "Asia/Qatar|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Qostanay|18000h|QOST|East Kazakhstan Time|QOST|Kostanay Time|QOSST|Kostanay Summer Time",
        "Asia/Qyzylorda|18000h|QYZT|West Kazakhstan Time|QYZT|Qyzylorda Time|QYZST|Qyzylorda Summer Time",
        "Asia/Rangoon|23400h|MMT|Myanmar Time|MMT|Myanmar Time|MMST|Myanmar Summer Time",
        "Asia/Riyadh|10800h|AST|Arabian Standard Time|AT|Arabian Time|ADT|Arabian Daylight Time",
        "Asia/Saigon|25200h|ICT|Indochina Time|ICT|Indochina Time|ICST|Indochina Summer Time",
        "Asia/Sakhalin|39600h|SAKT|Sakhalin Standard Time|SAKT|Sakhalin Time|SAKST|Sakhalin Summer Time",
        "Asia/Samarkand|18000h|UZT|Uzbekistan Standard Time|UZT|Uzbekistan Time|UZST|Uzbekistan Summer Time",
        "Asia/Seoul|32400h|KST|Korean Standard Time|KT|Korean Time|KDT|Korean Daylight Time",
        "Asia/Shanghai|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "Asia/Singapore|28800h|SGT|Singapore Standard Time|SGT|Singapore Time|SGST|Singapore Summer Time",
        "Asia/Srednekolymsk|39600h|SRET|Srednekolymsk Time|SRET|Srednekolymsk Time|SREDT|Srednekolymsk Daylight Time",
        "Asia/Taipei|28800h|CST|Taipei Standard Time|CT|Taipei Time|CDT|Taipei Daylight Time",
        "Asia/Tashkent|18000h|UZT|Uzbekistan Standard Time|UZT|Uzbekistan Time|UZST|Uzbekistan Summer Time",
        "Asia/Tbilisi|14400h|GET|Georgia Standard Time|GET|Georgia Time|GEST|Georgia Summer Time",
        "Asia/Tehran|12600h|IRST|Iran Standard Time|IRT|Iran Time|IRDT|Iran Daylight Time",
        "Asia/Tel_Aviv|7200h|IST|Israel Standard Time|IT|Israel Time|IDT|Israel Daylight Time|3,23,5,7200,1,7200,7200,10800|10,25,7,7200,1,7200,10800,7200",
        "Asia/Thimbu|21600h|BTT|Bhutan Time|BTT|Bhutan Time|BTST|Bhutan Summer Time",
        "Asia/Thimphu|21600h|BTT|Bhutan Time|BTT|Bhutan Time|BTST|Bhutan Summer Time",
        "Asia/Tokyo|32400h|JST|Japan Standard Time|JT|Japan Time|JDT|Japan Daylight Time",
        "Asia/Tomsk|25200h|GMT+07:00|Tomsk Standard Time|GMT+07:00|Tomsk Time|GMT+07:00|Tomsk Daylight Time",
        "Asia/Ujung_Pandang|28800h|WITA|Central Indonesia Time|WITA|Central Indonesia Time|CIST|Central Indonesia Summer Time",
        "Asia/Ulaanbaatar|28800h|ULAT|Ulaanbaatar Standard Time|ULAT|Ulaanbaatar Time|ULAST|Ulaanbaatar Summer Time",
        "Asia/Ulan_Bator|28800h|ULAT|Ulaanbaatar Standard Time|ULAT|Ulaanbaatar Time|ULAST|Ulaanbaatar Summer Time",
        "Asia/Urumqi|21600h|XJT|Xinjiang Standard Time|XJT|Xinjiang Time|XJDT|Xinjiang Daylight Time",
        "Asia/Ust-Nera|36000h|VLAT|Vladivostok Standard Time|VLAT|Vladivostok Time|VLAST|Vladivostok Summer Time",
        "Asia/Vientiane|25200h|ICT|Indochina Time|ICT|Indochina Time|ICST|Indochina Summer Time",
        "Asia/Vladivostok|36000h|VLAT|Vladivostok Standard Time|VLAT|Vladivostok Time|VLAST|Vladivostok Summer Time",
        "Asia/Yakutsk|32400h|YAKT|Yakutsk Standard Time|YAKT|Yakutsk Time|YAKST|Yakutsk Summer Time",
        "Asia/Yangon|23400h|MMT|Myanmar Time|MMT|Myanmar Time|MMST|Myanmar Summer Time",
        "Asia/Yekaterinburg|18000h|YEKT|Yekaterinburg Standard Time|YEKT|Yekaterinburg Time|YEKST|Yekaterinburg Summer Time",
        "Asia/Yerevan|14400h|AMT|Armenia Standard Time|AMT|Armenia Time|AMST|Armenia Summer Time",
        "Atlantic/Azores|-3600h|AZOT|Azores Standard Time|AZOT|Azores Time|AZOST|Azores Summer Time|3,25,7,3600,0,-3600,-3600,0|10,25,7,3600,0,-3600,0,-3600",
        "Atlantic/Bermuda|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "Atlantic/Canary|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Atlantic/Cape_Verde|-3600h|CVT|Cape Verde Standard Time|CVT|Cape Verde Time|CVST|Cape Verde Summer Time",
        "Atlantic/Faeroe|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Atlantic/Faroe|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Atlantic/Jan_Mayen|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Atlantic/Madeira|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Atlantic/Reykjavik|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Atlantic/South_Georgia|-7200h|GST|South Georgia Time|GT|South Georgia Time|GDT|South Georgia Daylight Time",
        "Atlantic/St_Helena|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Atlantic/Stanley|-10800h|FKT|Falkland Islands Standard Time|FKT|Falkland Islands Time|FKST|Falkland Islands Summer Time",
        "Australia/ACT|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/Adelaide|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time|4,1,7,7200,2,34200,37800,34200|10,1,7,7200,2,34200,34200,37800",
        "Australia/Brisbane|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time",
        "Australia/Broken_Hill|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time|4,1,7,7200,2,34200,37800,34200|10,1,7,7200,2,34200,34200,37800",
        "Australia/Canberra|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/Currie|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/Darwin|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time",
        "Australia/Eucla|31500h|ACWST|Australian Central Western Standard Time|ACWT|Australian Central Western Time|ACWDT|Australian Central Western Daylight Time",
        "Australia/Hobart|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/LHI|37800h|LHST|Lord Howe Standard Time|LHT|Lord Howe Time|LHDT|Lord Howe Daylight Time|4,1,7,7200,1,37800,39600,37800|10,1,7,7200,1,37800,37800,39600",
        "Australia/Lindeman|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time",
        "Australia/Lord_Howe|37800h|LHST|Lord Howe Standard Time|LHT|Lord Howe Time|LHDT|Lord Howe Daylight Time|4,1,7,7200,1,37800,39600,37800|10,1,7,7200,1,37800,37800,39600",
        "Australia/Melbourne|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/NSW|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/North|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time",
        "Australia/Perth|28800h|AWST|Australian Western Standard Time|AWT|Western Australia Time|AWDT|Australian Western Daylight Time",
        "Australia/Queensland|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time",
        "Australia/South|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time|4,1,7,7200,2,34200,37800,34200|10,1,7,7200,2,34200,34200,37800",
        "Australia/Sydney|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/Tasmania|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/Victoria|36000h|AEST|Australian Eastern Standard Time|AET|Eastern Australia Time|AEDT|Australian Eastern Daylight Time|4,1,7,7200,2,36000,39600,36000|10,1,7,7200,2,36000,36000,39600",
        "Australia/West|28800h|AWST|Australian Western Standard Time|AWT|Western Australia Time|AWDT|Australian Western Daylight Time",
        "Australia/Yancowinna|34200h|ACST|Australian Central Standard Time|ACT|Central Australia Time|ACDT|Australian Central Daylight Time|4,1,7,7200,2,34200,37800,34200|10,1,7,7200,2,34200,34200,37800",
        "Brazil/Acre|-18000h|ACT|Acre Standard Time|ACT|Acre Time|ACST|Acre Summer Time",
        "Brazil/DeNoronha|-7200h|FNT|Fernando de Noronha Standard Time|FNT|Fernando de Noronha Time|FNST|Fernando de Noronha Summer Time",
        "Brazil/East|-10800h|BRT|Brasilia Standard Time|BRT|Brasilia Time|BRST|Brasilia Summer Time",
        "Brazil/West|-14400h|AMT|Amazon Standard Time|AMT|Amazon Time|AMST|Amazon Summer Time",
        "CET|3600h|CET|Central European Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "CST6CDT|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "Canada/Atlantic|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|3,8,7,7200,1,-14400,-14400,-10800|11,1,7,7200,1,-14400,-10800,-14400",
        "Canada/Central|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "Canada/Eastern|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "Canada/Mountain|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "Canada/Newfoundland|-12600h|NST|Newfoundland Standard Time|NT|Newfoundland Time|NDT|Newfoundland Daylight Time|3,8,7,7200,1,-12600,-12600,-9000|11,1,7,7200,1,-12600,-9000,-12600",
        "Canada/Pacific|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "Canada/Saskatchewan|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "Canada/Yukon|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "Chile/Continental|-14400h|CLT|Chile Standard Time|CLT|Chile Time|CLST|Chile Summer Time|4,2,7,10800,0,-14400,-10800,-14400|9,2,7,14400,0,-14400,-14400,-10800",
        "Chile/EasterIsland|-21600h|EAST|Easter Island Standard Time|EAST|Easter Island Time|EASST|Easter Island Summer Time|4,2,7,10800,0,-21600,-18000,-21600|9,2,7,14400,0,-21600,-21600,-18000",
        "Cuba|-18000h|CST|Cuba Standard Time|CT|Cuba Time|CDT|Cuba Daylight Time|3,8,7,0,2,-18000,-18000,-14400|11,1,7,0,2,-18000,-14400,-18000",
        "EET|7200h|EET|Eastern European Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "EST5EDT|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "Egypt|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|4,24,5,0,1,7200,7200,10800|10,26,5,0,1,7200,10800,7200",
        "Eire|0h|GMT|Greenwich Mean Time|IT|Irish Time|IST|Irish Standard Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Etc/GMT|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Etc/GMT+0|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Etc/GMT+1|-3600|GMT-01:00|GMT-01:00|GMT-01:00|GMT-01:00|GMT-01:00|GMT-01:00",
        "Etc/GMT+10|-36000|GMT-10:00|GMT-10:00|GMT-10:00|GMT-10:00|GMT-10:00|GMT-10:00",
        "Etc/GMT+11|-39600|GMT-11:00|GMT-11:00|GMT-11:00|GMT-11:00|GMT-11:00|GMT-11:00",
        "Etc/GMT+12|-43200|GMT-12:00|GMT-12:00|GMT-12:00|GMT-12:00|GMT-12:00|GMT-12:00",
        "Etc/GMT+2|-7200|GMT-02:00|GMT-02:00|GMT-02:00|GMT-02:00|GMT-02:00|GMT-02:00",
        "Etc/GMT+3|-10800|GMT-03:00|GMT-03:00|GMT-03:00|GMT-03:00|GMT-03:00|GMT-03:00",
        "Etc/GMT+4|-14400|GMT-04:00|GMT-04:00|GMT-04:00|GMT-04:00|GMT-04:00|GMT-04:00",
        "Etc/GMT+5|-18000|GMT-05:00|GMT-05:00|GMT-05:00|GMT-05:00|GMT-05:00|GMT-05:00",
        "Etc/GMT+6|-21600|GMT-06:00|GMT-06:00|GMT-06:00|GMT-06:00|GMT-06:00|GMT-06:00",
        "Etc/GMT+7|-25200|GMT-07:00|GMT-07:00|GMT-07:00|GMT-07:00|GMT-07:00|GMT-07:00",
        "Etc/GMT+8|-28800|GMT-08:00|GMT-08:00|GMT-08:00|GMT-08:00|GMT-08:00|GMT-08:00",
        "Etc/GMT+9|-32400|GMT-09:00|GMT-09:00|GMT-09:00|GMT-09:00|GMT-09:00|GMT-09:00",
        "Etc/GMT-0|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Etc/GMT-1|3600|GMT+01:00|GMT+01:00|GMT+01:00|GMT+01:00|GMT+01:00|GMT+01:00",
        "Etc/GMT-10|36000|GMT+10:00|GMT+10:00|GMT+10:00|GMT+10:00|GMT+10:00|GMT+10:00",
        "Etc/GMT-11|39600|GMT+11:00|GMT+11:00|GMT+11:00|GMT+11:00|GMT+11:00|GMT+11:00",
        "Etc/GMT-12|43200|GMT+12:00|GMT+12:00|GMT+12:00|GMT+12:00|GMT+12:00|GMT+12:00",
        "Etc/GMT-13|46800|GMT+13:00|GMT+13:00|GMT+13:00|GMT+13:00|GMT+13:00|GMT+13:00",
        "Etc/GMT-14|50400|GMT+14:00|GMT+14:00|GMT+14:00|GMT+14:00|GMT+14:00|GMT+14:00",
        "Etc/GMT-2|7200|GMT+02:00|GMT+02:00|GMT+02:00|GMT+02:00|GMT+02:00|GMT+02:00",
        "Etc/GMT-3|10800|GMT+03:00|GMT+03:00|GMT+03:00|GMT+03:00|GMT+03:00|GMT+03:00",
        "Etc/GMT-4|14400|GMT+04:00|GMT+04:00|GMT+04:00|GMT+04:00|GMT+04:00|GMT+04:00",
        "Etc/GMT-5|18000|GMT+05:00|GMT+05:00|GMT+05:00|GMT+05:00|GMT+05:00|GMT+05:00",
        "Etc/GMT-6|21600|GMT+06:00|GMT+06:00|GMT+06:00|GMT+06:00|GMT+06:00|GMT+06:00",
        "Etc/GMT-7|25200|GMT+07:00|GMT+07:00|GMT+07:00|GMT+07:00|GMT+07:00|GMT+07:00",
        "Etc/GMT-8|28800|GMT+08:00|GMT+08:00|GMT+08:00|GMT+08:00|GMT+08:00|GMT+08:00",
        "Etc/GMT-9|32400|GMT+09:00|GMT+09:00|GMT+09:00|GMT+09:00|GMT+09:00|GMT+09:00",
        "Etc/GMT0|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Etc/Greenwich|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Etc/UCT|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "Etc/UTC|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "Etc/Universal|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "Etc/Zulu|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "Europe/Amsterdam|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Andorra|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Astrakhan|14400h|GMT+04:00|Astrakhan Standard Time|GMT+04:00|Astrakhan Time|GMT+04:00|Astrakhan Standard Time",
        "Europe/Athens|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Belfast|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Belgrade|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Berlin|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Bratislava|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Brussels|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Bucharest|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Budapest|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Busingen|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Chisinau|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,7200,1,7200,7200,10800|10,25,7,10800,1,7200,10800,7200",
        "Europe/Copenhagen|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Dublin|0h|GMT|Greenwich Mean Time|IT|Irish Time|IST|Irish Standard Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Gibraltar|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Guernsey|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Helsinki|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Isle_of_Man|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Istanbul|10800h|TRT|Turkey Time|TRT|Turkey Time|TRST|Turkey Summer Time",
        "Europe/Jersey|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Kaliningrad|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time",
        "Europe/Kiev|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Kirov|10800h|MSK|Moscow Standard Time|MT|Moscow Time|MSD|Moscow Daylight Time",
        "Europe/Kyiv|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Lisbon|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Ljubljana|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/London|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Europe/Luxembourg|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Madrid|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Malta|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Mariehamn|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Minsk|10800h|MSK|Moscow Standard Time|MT|Moscow Time|MSD|Moscow Summer Time",
        "Europe/Monaco|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Moscow|10800h|MSK|Moscow Standard Time|MT|Moscow Time|MSD|Moscow Summer Time",
        "Europe/Nicosia|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Oslo|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Paris|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Podgorica|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Prague|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Riga|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Rome|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Samara|14400h|SAMT|Samara Standard Time|SAMT|Samara Time|SAMST|Samara Summer Time",
        "Europe/San_Marino|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Sarajevo|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Saratov|14400h|GMT+04:00|Saratov Standard Time|GMT+04:00|Saratov Time|GMT+04:00|Saratov Standard Time",
        "Europe/Simferopol|10800h|MSK|Moscow Standard Time|MT|Moscow Time|MSD|Moscow Summer Time",
        "Europe/Skopje|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Sofia|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Stockholm|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Tallinn|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Tirane|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Tiraspol|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,7200,1,7200,7200,10800|10,25,7,10800,1,7200,10800,7200",
        "Europe/Ulyanovsk|14400h|GMT+04:00|Ulyanovsk Standard Time|GMT+04:00|Ulyanovsk Time|GMT+04:00|Ulyanovsk Standard Time",
        "Europe/Uzhgorod|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Vaduz|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Vatican|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Vienna|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Vilnius|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Volgograd|10800h|MSK|Volgograd Standard Time|MT|Volgograd Time|MSD|Volgograd Summer Time",
        "Europe/Warsaw|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Zagreb|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Europe/Zaporozhye|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time|3,25,7,3600,0,7200,7200,10800|10,25,7,3600,0,7200,10800,7200",
        "Europe/Zurich|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "GB|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "GB-Eire|0h|GMT|Greenwich Mean Time|BT|British Time|BST|British Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "GMT|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "GMT0|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Greenwich|0|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Hongkong|28800h|HKT|Hong Kong Standard Time|HKT|Hong Kong Time|HKST|Hong Kong Summer Time",
        "Iceland|0h|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time|GMT|Greenwich Mean Time",
        "Indian/Antananarivo|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Indian/Chagos|21600h|IOT|Indian Ocean Time|IOT|Indian Ocean Territory Time|IOST|Indian Ocean Territory Summer Time",
        "Indian/Christmas|25200h|CXT|Christmas Island Time|CIT|Christmas Island Time|CXST|Christmas Island Summer Time",
        "Indian/Cocos|23400h|CCT|Cocos Islands Time|CCT|Cocos Islands Time|CCST|Cocos Islands Summer Time",
        "Indian/Comoro|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Indian/Kerguelen|18000h|TFT|French Southern & Antarctic Time|TFT|French Southern & Antarctic Lands Time|TFST|French Southern & Antarctic Lands Summer Time",
        "Indian/Mahe|14400h|SCT|Seychelles Time|SCT|Seychelles Time|SCST|Seychelles Summer Time",
        "Indian/Maldives|18000h|MVT|Maldives Time|MVT|Maldives Time|MVST|Maldives Summer Time",
        "Indian/Mauritius|14400h|MUT|Mauritius Standard Time|MUT|Mauritius Time|MUST|Mauritius Summer Time",
        "Indian/Mayotte|10800h|EAT|East Africa Time|EAT|Eastern Africa Time|EAST|Eastern African Summer Time",
        "Indian/Reunion|14400h|RET|R\u00e9union Time|RET|Reunion Time|REST|Reunion Summer Time",
        "Iran|12600h|IRST|Iran Standard Time|IRT|Iran Time|IRDT|Iran Daylight Time",
        "Israel|7200h|IST|Israel Standard Time|IT|Israel Time|IDT|Israel Daylight Time|3,23,5,7200,1,7200,7200,10800|10,25,7,7200,1,7200,10800,7200",
        "Jamaica|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "Japan|32400h|JST|Japan Standard Time|JT|Japan Time|JDT|Japan Daylight Time",
        "Kwajalein|43200h|MHT|Marshall Islands Time|MHT|Marshall Islands Time|MHST|Marshall Islands Summer Time",
        "Libya|7200h|EET|Eastern European Standard Time|EET|Eastern European Time|EEST|Eastern European Summer Time",
        "MET|3600h|MET|Middle Europe Time|MET|Middle Europe Time|MEST|Middle Europe Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "MST7MDT|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "Mexico/BajaNorte|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "Mexico/BajaSur|-25200h|MST|Mexican Pacific Standard Time|MT|Mexican Pacific Time|MDT|Mexican Pacific Daylight Time",
        "Mexico/General|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "NZ|43200h|NZST|New Zealand Standard Time|NZT|New Zealand Time|NZDT|New Zealand Daylight Time|4,1,7,7200,2,43200,46800,43200|9,24,7,7200,2,43200,43200,46800",
        "NZ-CHAT|45900h|CHAST|Chatham Standard Time|CHAT|Chatham Time|CHADT|Chatham Daylight Time|4,1,7,9900,2,45900,49500,45900|9,24,7,9900,2,45900,45900,49500",
        "Navajo|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "PRC|28800h|CST|China Standard Time|CT|China Time|CDT|China Daylight Time",
        "PST8PDT|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "Pacific/Apia|46800h|WSST|Apia Standard Time|WST|Apia Time|WSDT|Apia Daylight Time",
        "Pacific/Auckland|43200h|NZST|New Zealand Standard Time|NZT|New Zealand Time|NZDT|New Zealand Daylight Time|4,1,7,7200,2,43200,46800,43200|9,24,7,7200,2,43200,43200,46800",
        "Pacific/Bougainville|39600h|BST|Bougainville Standard Time|BT|Bougainville Time|BST|Bougainville Daylight Time",
        "Pacific/Chatham|45900h|CHAST|Chatham Standard Time|CHAT|Chatham Time|CHADT|Chatham Daylight Time|4,1,7,9900,2,45900,49500,45900|9,24,7,9900,2,45900,45900,49500",
        "Pacific/Chuuk|36000h|CHUT|Chuuk Time|CHUT|Chuuk Time|CHUST|Chuuk Summer Time",
        "Pacific/Easter|-21600h|EAST|Easter Island Standard Time|EAST|Easter Island Time|EASST|Easter Island Summer Time|4,2,7,10800,0,-21600,-18000,-21600|9,2,7,14400,0,-21600,-21600,-18000",
        "Pacific/Efate|39600h|VUT|Vanuatu Standard Time|VUT|Vanuatu Time|VUST|Vanuatu Summer Time",
        "Pacific/Enderbury|46800h|PHOT|Phoenix Islands Time|PHOT|Phoenix Is. Time|PHOST|Phoenix Is. Summer Time",
        "Pacific/Fakaofo|46800h|TKT|Tokelau Time|TKT|Tokelau Time|TKST|Tokelau Summer Time",
        "Pacific/Fiji|43200h|FJT|Fiji Standard Time|FJT|Fiji Time|FJST|Fiji Summer Time",
        "Pacific/Funafuti|43200h|TVT|Tuvalu Time|TVT|Tuvalu Time|TVST|Tuvalu Summer Time",
        "Pacific/Galapagos|-21600h|GALT|Galapagos Time|GALT|Galapagos Time|GALST|Galapagos Summer Time",
        "Pacific/Gambier|-32400h|GAMT|Gambier Time|GAMT|Gambier Time|GAMST|Gambier Summer Time",
        "Pacific/Guadalcanal|39600h|SBT|Solomon Islands Time|SBT|Solomon Is. Time|SBST|Solomon Is. Summer Time",
        "Pacific/Guam|36000h|ChST|Chamorro Standard Time|ChT|Chamorro Time|ChDT|Chamorro Daylight Time",
        "Pacific/Honolulu|-36000h|HST|Hawaii-Aleutian Standard Time|HST|Hawaii-Aleutian Time|HDT|Hawaii-Aleutian Daylight Time",
        "Pacific/Johnston|-36000h|HAST|Hawaii-Aleutian Standard Time|HAT|Hawaii-Aleutian Time|HADT|Hawaii-Aleutian Daylight Time",
        "Pacific/Kanton|46800h|GMT+13:00|Kanton Standard Time|GMT+13:00|Kanton Time|GMT+13:00|Kanton Daylight Time",
        "Pacific/Kiritimati|50400h|LINT|Line Islands Time|LINT|Line Is. Time|LINST|Line Is. Summer Time",
        "Pacific/Kosrae|39600h|KOST|Kosrae Time|KOST|Kosrae Time|KOSST|Kosrae Summer Time",
        "Pacific/Kwajalein|43200h|MHT|Marshall Islands Time|MHT|Marshall Islands Time|MHST|Marshall Islands Summer Time",
        "Pacific/Majuro|43200h|MHT|Marshall Islands Time|MHT|Marshall Islands Time|MHST|Marshall Islands Summer Time",
        "Pacific/Marquesas|-34200h|MART|Marquesas Time|MART|Marquesas Time|MARST|Marquesas Summer Time",
        "Pacific/Midway|-39600h|SST|Samoa Standard Time|ST|Samoa Time|SDT|Samoa Daylight Time",
        "Pacific/Nauru|43200h|NRT|Nauru Time|NRT|Nauru Time|NRST|Nauru Summer Time",
        "Pacific/Niue|-39600h|NUT|Niue Time|NUT|Niue Time|NUST|Niue Summer Time",
        "Pacific/Norfolk|39600h|NFT|Norfolk Island Standard Time|NFT|Norfolk Island Time|NFST|Norfolk Island Daylight Time|4,1,7,7200,2,39600,43200,39600|10,1,7,7200,2,39600,39600,43200",
        "Pacific/Noumea|39600h|NCT|New Caledonia Standard Time|NCT|New Caledonia Time|NCST|New Caledonia Summer Time",
        "Pacific/Pago_Pago|-39600h|SST|Samoa Standard Time|ST|Samoa Time|SDT|Samoa Daylight Time",
        "Pacific/Palau|32400h|PWT|Palau Time|PWT|Palau Time|PWST|Palau Summer Time",
        "Pacific/Pitcairn|-28800h|PST|Pitcairn Time|PT|Pitcairn Time|PDT|Pitcairn Daylight Time",
        "Pacific/Pohnpei|39600h|PONT|Ponape Time|PONT|Ponape Time|PONST|Pohnpei Summer Time",
        "Pacific/Ponape|39600h|PONT|Ponape Time|PONT|Ponape Time|PONST|Pohnpei Summer Time",
        "Pacific/Port_Moresby|36000h|PGT|Papua New Guinea Time|PGT|Papua New Guinea Time|PGST|Papua New Guinea Summer Time",
        "Pacific/Rarotonga|-36000h|CKT|Cook Islands Standard Time|CKT|Cook Islands Time|CKHST|Cook Islands Half Summer Time",
        "Pacific/Saipan|36000h|ChST|Chamorro Standard Time|ChT|Chamorro Time|ChDT|Chamorro Daylight Time",
        "Pacific/Samoa|-39600h|SST|Samoa Standard Time|ST|Samoa Time|SDT|Samoa Daylight Time",
        "Pacific/Tahiti|-36000h|TAHT|Tahiti Time|TAHT|Tahiti Time|TAHST|Tahiti Summer Time",
        "Pacific/Tarawa|43200h|GILT|Gilbert Islands Time|GILT|Gilbert Is. Time|GILST|Gilbert Is. Summer Time",
        "Pacific/Tongatapu|46800h|TOT|Tonga Standard Time|TOT|Tonga Time|TOST|Tonga Summer Time",
        "Pacific/Truk|36000h|CHUT|Chuuk Time|CHUT|Chuuk Time|CHUST|Chuuk Summer Time",
        "Pacific/Wake|43200h|WAKT|Wake Island Time|WAKT|Wake Time|WAKST|Wake Summer Time",
        "Pacific/Wallis|43200h|WFT|Wallis & Futuna Time|WFT|Wallis & Futuna Time|WFST|Wallis & Futuna Summer Time",
        "Pacific/Yap|36000h|CHUT|Chuuk Time|CHUT|Chuuk Time|CHUST|Chuuk Summer Time",
        "Poland|3600h|CET|Central European Standard Time|CET|Central European Time|CEST|Central European Summer Time|3,25,7,3600,0,3600,3600,7200|10,25,7,3600,0,3600,7200,3600",
        "Portugal|0h|WET|Western European Standard Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "ROK|32400h|KST|Korean Standard Time|KT|Korean Time|KDT|Korean Daylight Time",
        "Singapore|28800h|SGT|Singapore Standard Time|SGT|Singapore Time|SGST|Singapore Summer Time",
        "SystemV/AST4|-14400|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time",
        "SystemV/AST4ADT|-14400h|AST|Atlantic Standard Time|AT|Atlantic Time|ADT|Atlantic Daylight Time|4,24,7,7200,1,-14400,-14400,-10800|10,25,7,7200,1,-14400,-10800,-14400",
        "SystemV/CST6|-21600|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time",
        "SystemV/CST6CDT|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|4,24,7,7200,1,-21600,-21600,-18000|10,25,7,7200,1,-21600,-18000,-21600",
        "SystemV/EST5|-18000|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time",
        "SystemV/EST5EDT|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|4,24,7,7200,1,-18000,-18000,-14400|10,25,7,7200,1,-18000,-14400,-18000",
        "SystemV/HST10|-36000|HST|Hawaii-Aleutian Standard Time|HST|Hawaii-Aleutian Time|HDT|Hawaii-Aleutian Daylight Time",
        "SystemV/MST7|-25200|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "SystemV/MST7MDT|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|4,24,7,7200,1,-25200,-25200,-21600|10,25,7,7200,1,-25200,-21600,-25200",
        "SystemV/PST8|-28800|PST|Pitcairn Time|PST|Pitcairn Time|PST|Pitcairn Time",
        "SystemV/PST8PDT|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|4,24,7,7200,1,-28800,-28800,-25200|10,25,7,7200,1,-28800,-25200,-28800",
        "SystemV/YST9|-32400|AKST|Gambier Time|AKST|Gambier Time|AKST|Gambier Time",
        "SystemV/YST9YDT|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|4,24,7,7200,1,-32400,-32400,-28800|10,25,7,7200,1,-32400,-28800,-32400",
        "Turkey|10800h|TRT|Turkey Time|TRT|Turkey Time|TRST|Turkey Summer Time",
        "UCT|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "US/Alaska|-32400h|AKST|Alaska Standard Time|AKT|Alaska Time|AKDT|Alaska Daylight Time|3,8,7,7200,1,-32400,-32400,-28800|11,1,7,7200,1,-32400,-28800,-32400",
        "US/Aleutian|-36000h|HAST|Hawaii-Aleutian Standard Time|HAT|Hawaii-Aleutian Time|HADT|Hawaii-Aleutian Daylight Time|3,8,7,7200,1,-36000,-36000,-32400|11,1,7,7200,1,-36000,-32400,-36000",
        "US/Arizona|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time",
        "US/Central|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "US/East-Indiana|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "US/Eastern|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "US/Hawaii|-36000h|HST|Hawaii-Aleutian Standard Time|HST|Hawaii-Aleutian Time|HDT|Hawaii-Aleutian Daylight Time",
        "US/Indiana-Starke|-21600h|CST|Central Standard Time|CT|Central Time|CDT|Central Daylight Time|3,8,7,7200,1,-21600,-21600,-18000|11,1,7,7200,1,-21600,-18000,-21600",
        "US/Michigan|-18000h|EST|Eastern Standard Time|ET|Eastern Time|EDT|Eastern Daylight Time|3,8,7,7200,1,-18000,-18000,-14400|11,1,7,7200,1,-18000,-14400,-18000",
        "US/Mountain|-25200h|MST|Mountain Standard Time|MT|Mountain Time|MDT|Mountain Daylight Time|3,8,7,7200,1,-25200,-25200,-21600|11,1,7,7200,1,-25200,-21600,-25200",
        "US/Pacific|-28800h|PST|Pacific Standard Time|PT|Pacific Time|PDT|Pacific Daylight Time|3,8,7,7200,1,-28800,-28800,-25200|11,1,7,7200,1,-28800,-25200,-28800",
        "US/Samoa|-39600h|SST|Samoa Standard Time|ST|Samoa Time|SDT|Samoa Daylight Time",
        "UTC|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "Universal|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
        "W-SU|10800h|MSK|Moscow Standard Time|MT|Moscow Time|MSD|Moscow Summer Time",
        "WET|0h|WET|Western European Time|WET|Western European Time|WEST|Western European Summer Time|3,25,7,3600,0,0,0,3600|10,25,7,3600,0,0,3600,0",
        "Zulu|0|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time|UTC|Coordinated Universal Time",
    };
}
