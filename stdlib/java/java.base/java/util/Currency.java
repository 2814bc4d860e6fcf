package java.util;

/**
 * ISO 4217 currencies with JDK 17's data: codes, numeric codes, default fraction digits, the
 * country currencies, English display names, and currency symbols (read from what JDK 17
 * returns): every currency's in the locales root, en, en_US, en_GB, en_CA, en_IN, en_AU, de,
 * de_DE, fr, fr_FR, it_IT, ja_JP, zh_CN, ko_KR and es_ES, and each country's own currency's in
 * the language-and-country locales of that country. A lookup falls back from language and
 * country to language to root. Display names are English in every locale.
 */
public final class Currency implements java.io.Serializable {
    private static final long serialVersionUID = -158308464356906721L;

    /** code,numeric,fraction digits,English name entries. */
    private static final String CURRENCIES = "ADP,20,0,Andorran Peseta;AED,784,2,United Arab Emirates Dirham;AFA,4,2,Afghan Afghani (1927\u20132002);AFN,971,2,Afghan Afghani;ALL,8,2,Albanian Lek;AMD,51,2,Armenian Dram;ANG,532,2,Netherlands Antillean Guilder;AOA,973,2,Angolan Kwanza;ARS,32,2,Argentine Peso;ATS,40,2,Austrian Schilling;AUD,36,2,Australian Dollar;AWG,533,2,Aruban Florin;AYM,945,2,AYM;AZM,31,2,Azerbaijani Manat (1993\u20132006);AZN,944,2,Azerbaijani Manat;BAM,977,2,Bosnia-Herzegovina Convertible Mark;BBD,52,2,Barbadian Dollar;BDT,50,2,Bangladeshi Taka;BEF,56,0,Belgian Franc;BGL,100,2,Bulgarian Hard Lev;BGN,975,2,Bulgarian Lev;BHD,48,3,Bahraini Dinar;BIF,108,0,Burundian Franc;BMD,60,2,Bermudan Dollar;BND,96,2,Brunei Dollar;BOB,68,2,Bolivian Boliviano;BOV,984,2,Bolivian Mvdol;BRL,986,2,Brazilian Real;BSD,44,2,Bahamian Dollar;BTN,64,2,Bhutanese Ngultrum;BWP,72,2,Botswanan Pula;BYB,112,0,Belarusian Ruble (1994\u20131999);BYN,933,2,Belarusian Ruble;BYR,974,0,Belarusian Ruble (2000\u20132016);BZD,84,2,Belize Dollar;CAD,124,2,Canadian Dollar;CDF,976,2,Congolese Franc;CHE,947,2,WIR Euro;CHF,756,2,Swiss Franc;CHW,948,2,WIR Franc;CLF,990,4,Chilean Unit of Account (UF);CLP,152,0,Chilean Peso;CNY,156,2,Chinese Yuan;COP,170,2,Colombian Peso;COU,970,2,Colombian Real Value Unit;CRC,188,2,Costa Rican Col\u00f3n;CSD,891,2,Serbian Dinar (2002\u20132006);CUC,931,2,Cuban Convertible Peso;CUP,192,2,Cuban Peso;CVE,132,2,Cape Verdean Escudo;CYP,196,2,Cypriot Pound;CZK,203,2,Czech Koruna;DEM,276,2,German Mark;DJF,262,0,Djiboutian Franc;DKK,208,2,Danish Krone;DOP,214,2,Dominican Peso;DZD,12,2,Algerian Dinar;EEK,233,2,Estonian Kroon;EGP,818,2,Egyptian Pound;ERN,232,2,Eritrean Nakfa;ESP,724,0,Spanish Peseta;ETB,230,2,Ethiopian Birr;EUR,978,2,Euro;FIM,246,2,Finnish Markka;FJD,242,2,Fijian Dollar;FKP,238,2,Falkland Islands Pound;FRF,250,2,French Franc;GBP,826,2,British Pound;GEL,981,2,Georgian Lari;GHC,288,2,Ghanaian Cedi (1979\u20132007);GHS,936,2,Ghanaian Cedi;GIP,292,2,Gibraltar Pound;GMD,270,2,Gambian Dalasi;GNF,324,0,Guinean Franc;GRD,300,0,Greek Drachma;GTQ,320,2,Guatemalan Quetzal;GWP,624,2,Guinea-Bissau Peso;GYD,328,2,Guyanaese Dollar;HKD,344,2,Hong Kong Dollar;HNL,340,2,Honduran Lempira;HRK,191,2,Croatian Kuna;HTG,332,2,Haitian Gourde;HUF,348,2,Hungarian Forint;IDR,360,2,Indonesian Rupiah;IEP,372,2,Irish Pound;ILS,376,2,Israeli New Shekel;INR,356,2,Indian Rupee;IQD,368,3,Iraqi Dinar;IRR,364,2,Iranian Rial;ISK,352,0,Icelandic Kr\u00f3na;ITL,380,0,Italian Lira;JMD,388,2,Jamaican Dollar;JOD,400,3,Jordanian Dinar;JPY,392,0,Japanese Yen;KES,404,2,Kenyan Shilling;KGS,417,2,Kyrgystani Som;KHR,116,2,Cambodian Riel;KMF,174,0,Comorian Franc;KPW,408,2,North Korean Won;KRW,410,0,South Korean Won;KWD,414,3,Kuwaiti Dinar;KYD,136,2,Cayman Islands Dollar;KZT,398,2,Kazakhstani Tenge;LAK,418,2,Laotian Kip;LBP,422,2,Lebanese Pound;LKR,144,2,Sri Lankan Rupee;LRD,430,2,Liberian Dollar;LSL,426,2,Lesotho Loti;LTL,440,2,Lithuanian Litas;LUF,442,0,Luxembourgian Franc;LVL,428,2,Latvian Lats;LYD,434,3,Libyan Dinar;MAD,504,2,Moroccan Dirham;MDL,498,2,Moldovan Leu;MGA,969,2,Malagasy Ariary;MGF,450,0,Malagasy Franc;MKD,807,2,Macedonian Denar;MMK,104,2,Myanmar Kyat;MNT,496,2,Mongolian Tugrik;MOP,446,2,Macanese Pataca;MRO,478,2,Mauritanian Ouguiya (1973\u20132017);MRU,929,2,Mauritanian Ouguiya;MTL,470,2,Maltese Lira;MUR,480,2,Mauritian Rupee;MVR,462,2,Maldivian Rufiyaa;MWK,454,2,Malawian Kwacha;MXN,484,2,Mexican Peso;MXV,979,2,Mexican Investment Unit;MYR,458,2,Malaysian Ringgit;MZM,508,2,Mozambican Metical (1980\u20132006);MZN,943,2,Mozambican Metical;NAD,516,2,Namibian Dollar;NGN,566,2,Nigerian Naira;NIO,558,2,Nicaraguan C\u00f3rdoba;NLG,528,2,Dutch Guilder;NOK,578,2,Norwegian Krone;NPR,524,2,Nepalese Rupee;NZD,554,2,New Zealand Dollar;OMR,512,3,Omani Rial;PAB,590,2,Panamanian Balboa;PEN,604,2,Peruvian Sol;PGK,598,2,Papua New Guinean Kina;PHP,608,2,Philippine Piso;PKR,586,2,Pakistani Rupee;PLN,985,2,Polish Zloty;PTE,620,0,Portuguese Escudo;PYG,600,0,Paraguayan Guarani;QAR,634,2,Qatari Rial;ROL,642,0,Romanian Leu (1952\u20132006);RON,946,2,Romanian Leu;RSD,941,2,Serbian Dinar;RUB,643,2,Russian Ruble;RUR,810,2,Russian Ruble (1991\u20131998);RWF,646,0,Rwandan Franc;SAR,682,2,Saudi Riyal;SBD,90,2,Solomon Islands Dollar;SCR,690,2,Seychellois Rupee;SDD,736,2,Sudanese Dinar (1992\u20132007);SDG,938,2,Sudanese Pound;SEK,752,2,Swedish Krona;SGD,702,2,Singapore Dollar;SHP,654,2,St. Helena Pound;SIT,705,2,Slovenian Tolar;SKK,703,2,Slovak Koruna;SLE,925,2,Sierra Leonean Leone;SLL,694,2,Sierra Leonean Leone;SOS,706,2,Somali Shilling;SRD,968,2,Surinamese Dollar;SRG,740,2,Surinamese Guilder;SSP,728,2,South Sudanese Pound;STD,678,2,S\u00e3o Tom\u00e9 & Pr\u00edncipe Dobra (1977\u20132017);STN,930,2,S\u00e3o Tom\u00e9 & Pr\u00edncipe Dobra;SVC,222,2,Salvadoran Col\u00f3n;SYP,760,2,Syrian Pound;SZL,748,2,Swazi Lilangeni;THB,764,2,Thai Baht;TJS,972,2,Tajikistani Somoni;TMM,795,2,Turkmenistani Manat (1993\u20132009);TMT,934,2,Turkmenistani Manat;TND,788,3,Tunisian Dinar;TOP,776,2,Tongan Pa\u02bbanga;TPE,626,0,Timorese Escudo;TRL,792,0,Turkish Lira (1922\u20132005);TRY,949,2,Turkish Lira;TTD,780,2,Trinidad & Tobago Dollar;TWD,901,2,New Taiwan Dollar;TZS,834,2,Tanzanian Shilling;UAH,980,2,Ukrainian Hryvnia;UGX,800,0,Ugandan Shilling;USD,840,2,US Dollar;USN,997,2,US Dollar (Next day);USS,998,2,US Dollar (Same day);UYI,940,0,Uruguayan Peso (Indexed Units);UYU,858,2,Uruguayan Peso;UZS,860,2,Uzbekistani Som;VEB,862,2,Venezuelan Bol\u00edvar (1871\u20132008);VED,926,2,Venezuelan Bol\u00edvar Soberano;VEF,937,2,Venezuelan Bol\u00edvar (2008\u20132018);VES,928,2,Venezuelan Bol\u00edvar;VND,704,0,Vietnamese Dong;VUV,548,0,Vanuatu Vatu;WST,882,2,Samoan Tala;XAF,950,0,Central African CFA Franc;XAG,961,-1,Silver;XAU,959,-1,Gold;XBA,955,-1,European Composite Unit;XBB,956,-1,European Monetary Unit;XBC,957,-1,European Unit of Account (XBC);XBD,958,-1,European Unit of Account (XBD);XCD,951,2,East Caribbean Dollar;XCG,532,2,Caribbean Guilder;XDR,960,-1,Special Drawing Rights;XFO,0,-1,French Gold Franc;XFU,0,-1,French UIC-Franc;XOF,952,0,West African CFA Franc;XPD,964,-1,Palladium;XPF,953,0,CFP Franc;XPT,962,-1,Platinum;XSU,994,-1,Sucre;XTS,963,-1,Testing Currency Code;XUA,965,-1,ADB Unit of Account;XXX,999,-1,Unknown Currency;YER,886,2,Yemeni Rial;YUM,891,2,Yugoslavian New Dinar (1994\u20132002);ZAR,710,2,South African Rand;ZMK,894,2,Zambian Kwacha (1968\u20132012);ZMW,967,2,Zambian Kwacha;ZWD,716,2,Zimbabwean Dollar (1980\u20132008);ZWG,924,2,Zimbabwe Gold;ZWL,932,2,Zimbabwean Dollar (2009);ZWN,942,2,ZWN;ZWR,935,2,Zimbabwean Dollar (2008)";

    /** locale:code=symbol;... groups, each listing what differs from its fallback locale's. */
    private static final String SYMBOLS = "root:AUD=A$;BRL=R$;CAD=CA$;CNY=CN\u00a5;EUR=\u20ac;GBP=\u00a3;HKD=HK$;ILS=\u20aa;INR=\u20b9;JPY=JP\u00a5;KRW=\u20a9;MXN=MX$;NZD=NZ$;PHP=\u20b1;TWD=NT$;USD=US$;VND=\u20ab;XAF=FCFA;XCD=EC$;XOF=F\u202fCFA;XPF=CFPF;XXX=\u00a4 de:ATS=\u00f6S;AUD=AU$;DEM=DM;JPY=\u00a5;PHP=PHP;THB=\u0e3f;USD=$;XXX=XXX en:JPY=\u00a5;USD=$ fr:ARS=$AR;AUD=$AU;BEF=FB;BMD=$BM;BND=$BN;BZD=$BZ;CAD=$CA;CLP=$CL;CNY=CNY;COP=$CO;CYP=\u00a3CY;FJD=$FJ;FKP=\u00a3FK;FRF=F;GBP=\u00a3GB;GIP=\u00a3GI;HKD=HKD;IEP=\u00a3IE;ITL=\u20a4IT;JPY=JPY;LBP=\u00a3LB;MXN=$MX;NAD=$NA;NZD=$NZ;PHP=PHP;SBD=$SB;SGD=$SG;SRD=$SR;TTD=$TT;TWD=TWD;USD=$US;UYU=$UY;WST=$WS;XCD=XCD;XPF=FCFP af_NA:NAD=$ af_ZA:ZAR=R ak_GH:GHS=GH\u20b5 am_ET:ETB=\u1265\u122d ar_AE:AED=\u062f.\u0625.\u200f ar_BH:BHD=\u062f.\u0628.\u200f ar_DJ:DJF=Fdj ar_DZ:DZD=\u062f.\u062c.\u200f ar_EG:EGP=\u062c.\u0645.\u200f ar_EH:MAD=\u062f.\u0645.\u200f ar_ER:ERN=Nfk ar_IQ:IQD=\u062f.\u0639.\u200f ar_JO:JOD=\u062f.\u0623.\u200f ar_KM:KMF=CF ar_KW:KWD=\u062f.\u0643.\u200f ar_LB:LBP=\u0644.\u0644.\u200f ar_LY:LYD=\u062f.\u0644.\u200f ar_MA:MAD=\u062f.\u0645.\u200f ar_MR:MRU=\u0623.\u0645. ar_OM:OMR=\u0631.\u0639.\u200f ar_QA:QAR=\u0631.\u0642.\u200f ar_SA:SAR=\u0631.\u0633.\u200f ar_SD:SDG=\u062c.\u0633. ar_SO:SOS=S ar_SS:SSP=\u00a3 ar_SY:SYP=\u0644.\u0633.\u200f ar_TN:TND=\u062f.\u062a.\u200f ar_YE:YER=\u0631.\u064a.\u200f asa_TZ:TZS=TSh az_AZ:AZN=\u20bc be_BY:BYN=Br bem_ZM:ZMW=K bez_TZ:TZS=TSh bg_BG:BGN=\u043b\u0432. bn_BD:BDT=\u09f3 bo_CN:CNY=\u00a5 bs_BA:BAM=KM ccp_BD:BDT=\u09f3 ce_RU:RUB=\u20bd cgg_UG:UGX=USh chr_US:USD=$ ckb_IQ:IQD=\u062f.\u0639.\u200f cs_CZ:CZK=K\u010d da_DK:DKK=kr. da_GL:DKK=kr. dav_KE:KES=Ksh dz_BT:BTN=Nu. ebu_KE:KES=Ksh ee_GH:GHS=GH\u20b5 en_AG:XCD=$ en_AI:XCD=$ en_AU:AUD=$;BRL=BRL;CAD=CAD;CNY=CNY;EUR=EUR;GBP=GBP;HKD=HKD;ILS=ILS;INR=INR;JPY=JPY;KRW=KRW;MXN=MXN;NZD=NZD;PHP=PHP;SCR=Rs;TWD=TWD;USD=USD;VND=VND;XAF=XAF;XCD=XCD;XOF=XOF;XPF=CFP en_BB:BBD=$ en_BI:BIF=FBu en_BM:BMD=$ en_BS:BSD=$ en_BW:BWP=P en_BZ:BZD=$ en_CA:CAD=$;JPY=JP\u00a5;USD=US$ en_CC:AUD=$ en_CK:NZD=$ en_CX:AUD=$ en_DK:DKK=kr. en_DM:XCD=$ en_ER:ERN=Nfk en_FJ:FJD=$ en_FK:FKP=\u00a3 en_FM:USD=US$ en_GB:JPY=JP\u00a5;USD=US$ en_GD:XCD=$ en_GH:GHS=GH\u20b5 en_GI:GIP=\u00a3 en_GM:GMD=D en_GY:GYD=$ en_IN:JPY=JP\u00a5 en_IO:USD=US$ en_JM:JMD=$ en_KE:KES=Ksh en_KI:AUD=$ en_KN:XCD=$ en_KY:KYD=$ en_LC:XCD=$ en_LR:LRD=$ en_MG:MGA=Ar en_MO:MOP=MOP$ en_MS:XCD=$ en_MU:MUR=Rs en_MW:MWK=MK en_MY:MYR=RM en_NA:NAD=$ en_NF:AUD=$ en_NG:NGN=\u20a6 en_NR:AUD=$ en_NU:NZD=$ en_NZ:NZD=$ en_PG:PGK=K en_PK:PKR=Rs en_PN:NZD=$ en_PW:USD=US$ en_RW:RWF=RF en_SB:SBD=$ en_SC:SCR=SR en_SE:SEK=kr en_SG:SGD=$ en_SH:SHP=\u00a3 en_SS:SSP=\u00a3 en_SZ:SZL=E en_TC:USD=US$ en_TK:NZD=$ en_TO:TOP=T$ en_TT:TTD=$ en_TV:AUD=$ en_TZ:TZS=TSh en_UG:UGX=USh en_VC:XCD=$ en_VG:USD=US$ en_VU:VUV=VT en_WS:WST=WS$ en_ZA:ZAR=R en_ZM:ZMW=K es_AR:ARS=$ es_BO:BOB=Bs es_BZ:BZD=$ es_CL:CLP=$ es_CO:COP=$ es_CR:CRC=\u20a1 es_CU:CUP=$ es_DO:DOP=RD$ es_EC:USD=$ es_ES:AUD=AUD;BRL=BRL;CAD=CAD;CNY=CNY;ESP=\u20a7;GBP=GBP;HKD=HKD;ILS=ILS;INR=INR;JPY=JPY;KRW=KRW;MXN=MXN;NZD=NZD;PHP=PHP;THB=\u0e3f;TWD=TWD;XAF=XAF;XCD=XCD;XOF=XOF es_GT:GTQ=Q es_HN:HNL=L es_MX:MXN=$ es_NI:NIO=C$ es_PA:PAB=B/. es_PE:PEN=S/ es_PR:USD=$ es_PY:PYG=Gs. es_SV:SVC=C es_US:USD=$ es_UY:UYU=$ es_VE:VES=Bs.S fa_AF:AFN=\u060b fa_IR:IRR=\u0631\u06cc\u0627\u0644 fo_DK:DKK=kr. fo_FO:DKK=kr fr_BI:BIF=FBu fr_CA:CAD=$\u00a0CA fr_CD:CDF=FC fr_DJ:DJF=Fdj fr_DZ:DZD=DA fr_GN:GNF=FG fr_HT:HTG=G fr_KM:KMF=CF fr_MG:MGA=Ar fr_MR:MRU=UM fr_MU:MUR=Rs fr_RW:RWF=RF fr_SC:SCR=SR fr_SY:SYP=LS fr_TN:TND=DT fr_VU:VUV=VT guz_KE:KES=Ksh ha_GH:GHS=GH\u20b5 ha_NG:NGN=\u20a6 haw_US:USD=$ hr_BA:BAM=KM hr_HR:EUR=EUR hu_HU:HUF=Ft hy_AM:AMD=\u058f id_ID:IDR=Rp ig_NG:NGN=\u20a6 ii_CN:CNY=\u00a5 it_CH:CHF=SFr. it_IT:BRL=BRL;HKD=HKD;INR=INR;ITL=L.;JPY=JPY;KRW=KRW;MXN=MXN;THB=\u0e3f;TWD=TWD;USD=USD;VND=VND ja_JP:CNY=\u5143;JPY=\uffe5;PHP=PHP;USD=$;XXX=XXX jmc_TZ:TZS=TSh jv_ID:IDR=Rp ka_GE:GEL=\u20be kab_DZ:DZD=DA kam_KE:KES=Ksh kde_TZ:TZS=TSh kea_CV:CVE=\u200b ki_KE:KES=Ksh kk_KZ:KZT=\u20b8 kl_GL:DKK=kr. kln_KE:KES=Ksh km_KH:KHR=\u17db ko_KR:AUD=AU$;PHP=PHP ksb_TZ:TZS=TSh ku_TR:TRY=\u20ba ky_KG:KGS=\u0441\u043e\u043c lag_TZ:TZS=TSh lg_UG:UGX=USh lkt_US:USD=$ ln_AO:AOA=Kz ln_CD:CDF=FC lo_LA:LAK=\u20ad lrc_IQ:IQD=\u062f.\u0639.\u200f lu_CD:CDF=FC luo_KE:KES=Ksh luy_KE:KES=Ksh mas_KE:KES=Ksh mas_TZ:TZS=TSh mer_KE:KES=Ksh mfe_MU:MUR=Rs mg_MG:MGA=Ar mgh_MZ:MZN=MTn mi_NZ:NZD=$ mk_MK:MKD=\u0434\u0435\u043d. mn_MN:MNT=\u20ae ms_BN:BND=$ ms_ID:IDR=Rp ms_MY:MYR=RM ms_SG:SGD=$ my_MM:MMK=K naq_NA:NAD=$ nb_NO:NOK=kr nb_SJ:NOK=kr ne_NP:NPR=\u0928\u0947\u0930\u0942 nl_AW:AWG=Afl. nl_BQ:USD=$ nl_SR:SRD=$ nn_NO:NOK=kr no_NO:NOK=kr nus_SS:SSP=\u00a3 nyn_UG:UGX=USh om_ET:ETB=Br om_KE:KES=Ksh os_GE:GEL=\u20be os_RU:RUB=\u20bd pcm_NG:NGN=\u20a6 pl_PL:PLN=z\u0142 ps_AF:AFN=\u060b ps_PK:PKR=Rs pt_AO:AOA=Kz pt_CV:CVE=\u200b pt_MO:MOP=MOP$ pt_MZ:MZN=MTn pt_ST:STN=Db qu_BO:BOB=Bs qu_EC:USD=$ qu_PE:PEN=S/ rn_BI:BIF=FBu ro_MD:MDL=L rof_TZ:TZS=TSh ru_BY:BYN=Br ru_KG:KGS=\u0441\u043e\u043c ru_KZ:KZT=\u20b8 ru_MD:MDL=L ru_RU:RUB=\u20bd ru_UA:UAH=\u20b4 rw_RW:RWF=RF rwk_TZ:TZS=TSh sah_RU:RUB=\u20bd saq_KE:KES=Ksh sbp_TZ:TZS=TSh sd_PK:PKR=Rs se_NO:NOK=kr se_SE:SEK=kr seh_MZ:MZN=MTn si_LK:LKR=\u0dbb\u0dd4. so_DJ:DJF=Fdj so_ET:ETB=Br so_KE:KES=Ksh so_SO:SOS=S sq_AL:ALL=Lek\u00eb sq_MK:MKD=den sr_BA:BAM=\u041a\u041c. su_ID:IDR=Rp sv_SE:SEK=kr sw_CD:CDF=FC sw_KE:KES=Ksh sw_TZ:TZS=TSh sw_UG:UGX=USh ta_LK:LKR=Rs. ta_MY:MYR=RM ta_SG:SGD=$ teo_KE:KES=Ksh teo_UG:UGX=USh tg_TJ:TJS=\u0441\u043e\u043c. th_TH:THB=\u0e3f ti_ER:ERN=Nfk ti_ET:ETB=Br to_TO:TOP=T$ tr_TR:TRY=\u20ba tt_RU:RUB=\u20bd ug_CN:CNY=\uffe5 uk_UA:UAH=\u20b4 ur_PK:PKR=Rs uz_UZ:UZS=so\u02bbm vai_LR:LRD=$ vun_TZ:TZS=TSh xh_ZA:ZAR=R xog_UG:UGX=USh yo_NG:NGN=\u20a6 zh_CN:AUD=AU$;CNY=\u00a5;KRW=\uffe6;PHP=PHP;XXX=XXX zh_MO:MOP=MOP$ zh_SG:SGD=$ zh_TW:TWD=$ zu_ZA:ZAR=R";

    /** country=code entries; an empty code for a country without a currency. */
    private static final String COUNTRIES = "AD=EUR;AE=AED;AF=AFN;AG=XCD;AI=XCD;AL=ALL;AM=AMD;AO=AOA;AQ=;AR=ARS;AS=USD;AT=EUR;AU=AUD;AW=AWG;AX=EUR;AZ=AZN;BA=BAM;BB=BBD;BD=BDT;BE=EUR;BF=XOF;BG=BGN;BH=BHD;BI=BIF;BJ=XOF;BL=EUR;BM=BMD;BN=BND;BO=BOB;BQ=USD;BR=BRL;BS=BSD;BT=BTN;BV=NOK;BW=BWP;BY=BYN;BZ=BZD;CA=CAD;CC=AUD;CD=CDF;CF=XAF;CG=XAF;CH=CHF;CI=XOF;CK=NZD;CL=CLP;CM=XAF;CN=CNY;CO=COP;CR=CRC;CU=CUP;CV=CVE;CW=XCG;CX=AUD;CY=EUR;CZ=CZK;DE=EUR;DJ=DJF;DK=DKK;DM=XCD;DO=DOP;DZ=DZD;EC=USD;EE=EUR;EG=EGP;EH=MAD;ER=ERN;ES=EUR;ET=ETB;FI=EUR;FJ=FJD;FK=FKP;FM=USD;FO=DKK;FR=EUR;GA=XAF;GB=GBP;GD=XCD;GE=GEL;GF=EUR;GG=GBP;GH=GHS;GI=GIP;GL=DKK;GM=GMD;GN=GNF;GP=EUR;GQ=XAF;GR=EUR;GS=GBP;GT=GTQ;GU=USD;GW=XOF;GY=GYD;HK=HKD;HM=AUD;HN=HNL;HR=EUR;HT=HTG;HU=HUF;ID=IDR;IE=EUR;IL=ILS;IM=GBP;IN=INR;IO=USD;IQ=IQD;IR=IRR;IS=ISK;IT=EUR;JE=GBP;JM=JMD;JO=JOD;JP=JPY;KE=KES;KG=KGS;KH=KHR;KI=AUD;KM=KMF;KN=XCD;KP=KPW;KR=KRW;KW=KWD;KY=KYD;KZ=KZT;LA=LAK;LB=LBP;LC=XCD;LI=CHF;LK=LKR;LR=LRD;LS=LSL;LT=EUR;LU=EUR;LV=EUR;LY=LYD;MA=MAD;MC=EUR;MD=MDL;ME=EUR;MF=EUR;MG=MGA;MH=USD;MK=MKD;ML=XOF;MM=MMK;MN=MNT;MO=MOP;MP=USD;MQ=EUR;MR=MRU;MS=XCD;MT=EUR;MU=MUR;MV=MVR;MW=MWK;MX=MXN;MY=MYR;MZ=MZN;NA=NAD;NC=XPF;NE=XOF;NF=AUD;NG=NGN;NI=NIO;NL=EUR;NO=NOK;NP=NPR;NR=AUD;NU=NZD;NZ=NZD;OM=OMR;PA=PAB;PE=PEN;PF=XPF;PG=PGK;PH=PHP;PK=PKR;PL=PLN;PM=EUR;PN=NZD;PR=USD;PS=ILS;PT=EUR;PW=USD;PY=PYG;QA=QAR;RE=EUR;RO=RON;RS=RSD;RU=RUB;RW=RWF;SA=SAR;SB=SBD;SC=SCR;SD=SDG;SE=SEK;SG=SGD;SH=SHP;SI=EUR;SJ=NOK;SK=EUR;SL=SLE;SM=EUR;SN=XOF;SO=SOS;SR=SRD;SS=SSP;ST=STN;SV=SVC;SX=XCG;SY=SYP;SZ=SZL;TC=USD;TD=XAF;TF=EUR;TG=XOF;TH=THB;TJ=TJS;TK=NZD;TL=USD;TM=TMT;TN=TND;TO=TOP;TR=TRY;TT=TTD;TV=AUD;TW=TWD;TZ=TZS;UA=UAH;UG=UGX;UM=USD;US=USD;UY=UYU;UZ=UZS;VA=EUR;VC=XCD;VE=VES;VG=USD;VI=USD;VN=VND;VU=VUV;WF=XPF;WS=WST;YE=YER;YT=EUR;ZA=ZAR;ZM=ZMW;ZW=ZWG";

    private static HashMap<String, Currency> instances;
    private static HashMap<String, HashMap<String, String>> symbols;
    private static HashMap<String, String> countries;

    private final String currencyCode;
    private final transient int numericCode;
    private final transient int defaultFractionDigits;
    private final transient String displayName;

    private Currency(String currencyCode, int numericCode, int defaultFractionDigits, String displayName) {
        this.currencyCode = currencyCode;
        this.numericCode = numericCode;
        this.defaultFractionDigits = defaultFractionDigits;
        this.displayName = displayName;
    }

    private static synchronized HashMap<String, Currency> instances() {
        if (instances == null) {
            HashMap<String, Currency> m = new HashMap<>();
            for (String entry : CURRENCIES.split(";")) {
                String[] f = entry.split(",");
                m.put(f[0], new Currency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
            instances = m;
        }
        return instances;
    }

    private static synchronized HashMap<String, HashMap<String, String>> symbols() {
        if (symbols == null) {
            HashMap<String, HashMap<String, String>> m = new HashMap<>();
            for (String group : SYMBOLS.split(" (?=[a-z]+(_[A-Z]+)?:)")) {
                int colon = group.indexOf(':');
                HashMap<String, String> table = new HashMap<>();
                for (String entry : group.substring(colon + 1).split(";")) {
                    int eq = entry.indexOf('=');
                    table.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
                String locale = group.substring(0, colon);
                m.put(locale.equals("root") ? "" : locale, table);
            }
            symbols = m;
        }
        return symbols;
    }

    private static synchronized HashMap<String, String> countries() {
        if (countries == null) {
            HashMap<String, String> m = new HashMap<>();
            for (String entry : COUNTRIES.split(";")) {
                int eq = entry.indexOf('=');
                m.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
            countries = m;
        }
        return countries;
    }

    public static Currency getInstance(String currencyCode) {
        Currency c = instances().get(Objects.requireNonNull(currencyCode));
        if (c == null) {
            throw new IllegalArgumentException();
        }
        return c;
    }

    /** The currency of the locale's country; null for a country without one (Antarctica). */
    public static Currency getInstance(Locale locale) {
        String country = locale.getCountry();
        String code = countries().get(country);
        if (code == null) {
            throw new IllegalArgumentException();
        }
        return code.isEmpty() ? null : getInstance(code);
    }

    public static Set<Currency> getAvailableCurrencies() {
        return new HashSet<>(instances().values());
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public String getSymbol() {
        return getSymbol(Locale.getDefault(Locale.Category.DISPLAY));
    }

    public String getSymbol(Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        HashMap<String, HashMap<String, String>> all = symbols();
        String[] chain = {language + "_" + country, language, ""};
        for (String key : chain) {
            HashMap<String, String> table = all.get(key);
            if (table != null) {
                String s = table.get(currencyCode);
                if (s != null) {
                    return s;
                }
            }
        }
        return currencyCode;
    }

    public int getDefaultFractionDigits() {
        return defaultFractionDigits;
    }

    public int getNumericCode() {
        return numericCode;
    }

    public String getNumericCodeAsString() {
        if (numericCode < 100) {
            StringBuilder sb = new StringBuilder();
            sb.append('0');
            if (numericCode < 10) {
                sb.append('0');
            }
            return sb.append(numericCode).toString();
        }
        return String.valueOf(numericCode);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDisplayName(Locale locale) {
        Objects.requireNonNull(locale);
        return displayName;
    }

    @Override
    public String toString() {
        return currencyCode;
    }
}
