package java.util;

/**
 * A locale: language, script, country (region) and variant. Extensions (BCP 47 "-u-", "-t-"
 * and private use other than "x-lvariant") are not modelled.
 */
public final class Locale implements java.io.Serializable {
    private static final long serialVersionUID = 9149081749638150636L;

    public static final Locale ROOT = new Locale("", "", "");
    public static final Locale ENGLISH = new Locale("en", "", "");
    public static final Locale US = new Locale("en", "US", "");
    public static final Locale UK = new Locale("en", "GB", "");
    public static final Locale CANADA = new Locale("en", "CA", "");
    public static final Locale FRENCH = new Locale("fr", "", "");
    public static final Locale GERMAN = new Locale("de", "", "");
    public static final Locale FRANCE = new Locale("fr", "FR", "");
    public static final Locale GERMANY = new Locale("de", "DE", "");
    public static final Locale ITALIAN = new Locale("it", "", "");
    public static final Locale JAPANESE = new Locale("ja", "", "");
    public static final Locale KOREAN = new Locale("ko", "", "");
    public static final Locale CHINESE = new Locale("zh", "", "");
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN", "");
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW", "");
    public static final Locale ITALY = new Locale("it", "IT", "");
    public static final Locale JAPAN = new Locale("ja", "JP", "");
    public static final Locale KOREA = new Locale("ko", "KR", "");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA", "");

    /** Set at first use from user.language and user.country (the VM derives them from the host). */
    private static Locale defaultLocale;

    private final String language;
    private final String country;
    private final String variant;
    /** The ISO 15924 script in title case ("Hant"), or "". */
    private final String script;

    public Locale(String language, String country, String variant) {
        this(language, country, variant, "");
    }

    private Locale(String language, String country, String variant, String script) {
        if (language == null || country == null || variant == null) throw new NullPointerException();
        this.language = convertOldIsoCode(lower(language));
        this.country = upper(country);
        this.variant = variant;
        this.script = titleCase(script);
    }

    private static String titleCase(String s) {
        return s.isEmpty() ? s : upper(s.substring(0, 1)) + lower(s.substring(1));
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    /**
     * Builds a Locale from validated subtags, as the JDK's (IllformedLocaleException for a
     * subtag that is not BCP 47 well-formed). Extensions are checked but not kept, as Locale
     * does not model them.
     */
    public static final class Builder {
        private String language = "";
        private String script = "";
        private String region = "";
        private String variant = "";

        public Builder() {}

        private static boolean alpha(String s, int min, int max) {
            return s.length() >= min && s.length() <= max && isAlpha(s);
        }

        private static boolean alnum(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            }
            return true;
        }

        private static boolean isVariantSubtag(String s) {
            int n = s.length();
            if (n >= 5 && n <= 8) return alnum(s);
            return n == 4 && s.charAt(0) >= '0' && s.charAt(0) <= '9' && alnum(s);
        }

        public Builder setLocale(Locale locale) {
            if (locale == null) {
                // the JDK's reads locale.baseLocale: its helpful message
                throw new NullPointerException("Cannot read field \"baseLocale\" because \"locale\" is null");
            }
            String v = locale.getVariant();
            if (!v.isEmpty()) checkVariant(v);
            language = locale.getLanguage();
            script = locale.getScript();
            region = locale.getCountry();
            variant = v;
            return this;
        }

        public Builder setLanguageTag(String languageTag) {
            if (languageTag == null || languageTag.isEmpty()) {
                clear();
                return this;
            }
            String[] parts = languageTag.split("[-_]", -1);
            if (!alpha(parts[0], 2, 8) && !parts[0].equalsIgnoreCase("x")) {
                throw new IllformedLocaleException("Ill-formed language: " + parts[0], 0);
            }
            Locale l = forLanguageTag(languageTag.replace('_', '-'));
            language = l.getLanguage();
            script = l.getScript();
            region = l.getCountry();
            variant = l.getVariant();
            return this;
        }

        public Builder setLanguage(String language) {
            if (language == null || language.isEmpty()) {
                this.language = "";
            } else {
                if (!alpha(language, 2, 8)) {
                    throw new IllformedLocaleException("Ill-formed language: " + language, 0);
                }
                this.language = language;
            }
            return this;
        }

        public Builder setScript(String script) {
            if (script != null && !script.isEmpty() && !alpha(script, 4, 4)) {
                throw new IllformedLocaleException("Ill-formed script: " + script, 0);
            }
            this.script = script == null ? "" : script;
            return this;
        }

        public Builder setRegion(String region) {
            if (region == null || region.isEmpty()) {
                this.region = "";
            } else {
                boolean ok = alpha(region, 2, 2) || (region.length() == 3 && region.chars().allMatch(c -> c >= '0' && c <= '9'));
                if (!ok) {
                    throw new IllformedLocaleException("Ill-formed region: " + region, 0);
                }
                this.region = region;
            }
            return this;
        }

        private static void checkVariant(String variant) {
            int start = 0;
            for (String sub : variant.split("[-_]", -1)) {
                if (!isVariantSubtag(sub)) {
                    throw new IllformedLocaleException("Ill-formed variant: " + variant, start);
                }
                start += sub.length() + 1;
            }
        }

        public Builder setVariant(String variant) {
            if (variant == null || variant.isEmpty()) {
                this.variant = "";
            } else {
                checkVariant(variant);
                this.variant = variant.replace('-', '_');
            }
            return this;
        }

        public Builder setExtension(char key, String value) {
            return this;
        }

        public Builder setUnicodeLocaleKeyword(String key, String type) {
            if (key == null) throw new NullPointerException("Key cannot be null");
            return this;
        }

        public Builder addUnicodeLocaleAttribute(String attribute) {
            if (attribute == null) throw new NullPointerException("Attribute cannot be null");
            return this;
        }

        public Builder removeUnicodeLocaleAttribute(String attribute) {
            if (attribute == null) throw new NullPointerException("Attribute cannot be null");
            return this;
        }

        public Builder clear() {
            language = "";
            script = "";
            region = "";
            variant = "";
            return this;
        }

        public Builder clearExtensions() {
            return this;
        }

        public Locale build() {
            return new Locale(language, region, variant, script);
        }
    }

    /** JDK 17 maps the old ISO 639 codes iw, ji and in to he, yi and id. */
    private static String convertOldIsoCode(String language) {
        switch (language) {
            case "iw": return "he";
            case "ji": return "yi";
            case "in": return "id";
            default: return language;
        }
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 'a' - 'A';
        return new String(c);
    }

    private static String upper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'a' && c[i] <= 'z') c[i] -= 'a' - 'A';
        return new String(c);
    }

    public static synchronized Locale getDefault() {
        if (defaultLocale == null) {
            defaultLocale = new Locale(jdk.internal.util.StaticProperty.get("user.language", "en"),
                    jdk.internal.util.StaticProperty.get("user.country", ""), "");
        }
        return defaultLocale;
    }

    public static synchronized void setDefault(Locale newLocale) {
        if (newLocale == null) throw new NullPointerException("Can't set default locale to NULL");
        defaultLocale = newLocale;
    }

    /** The categories of the default locale (Cortado keeps one default for both). */
    public enum Category {
        DISPLAY,
        FORMAT
    }

    public static Locale getDefault(Category category) {
        if (category == null) throw new NullPointerException();
        return getDefault();
    }

    public static synchronized void setDefault(Category category, Locale newLocale) {
        if (category == null) throw new NullPointerException("Category cannot be NULL");
        setDefault(newLocale);
    }

    /**
     * A locale from an IETF BCP 47 tag: language, script, region and variants, and the variant
     * of a private use "x-lvariant-..." (extensions are skipped).
     */
    public static Locale forLanguageTag(String languageTag) {
        if (languageTag == null) throw new NullPointerException();
        String[] parts = languageTag.split("-");
        String language = "";
        String country = "";
        String script = "";
        StringBuilder variant = new StringBuilder();
        int i = 0;
        if (i < parts.length && isAlpha(parts[i]) && parts[i].length() >= 2 && parts[i].length() <= 8) {
            language = parts[i].equalsIgnoreCase("und") ? "" : parts[i];
            i++;
        } else {
            return ROOT;
        }
        if (i < parts.length && parts[i].length() == 4 && isAlpha(parts[i])) {
            script = parts[i];
            i++;
        }
        if (i < parts.length && ((parts[i].length() == 2 && isAlpha(parts[i]))
                || (parts[i].length() == 3 && parts[i].chars().allMatch(c -> c >= '0' && c <= '9')))) {
            country = parts[i];
            i++;
        }
        while (i < parts.length && parts[i].length() >= 4 && !parts[i].equalsIgnoreCase("x")) {
            if (variant.length() > 0) variant.append('_');
            variant.append(parts[i]);
            i++;
        }
        // skip the extensions up to the private use subtags; "x-lvariant-A-B" adds variant A_B
        while (i < parts.length && !parts[i].equalsIgnoreCase("x")) i++;
        if (i + 2 < parts.length && parts[i + 1].equalsIgnoreCase("lvariant")) {
            for (i += 2; i < parts.length; i++) {
                if (variant.length() > 0) variant.append('_');
                variant.append(parts[i]);
            }
        }
        return new Locale(language, country, variant.toString(), script);
    }

    private static boolean isPrivateUseSubtag(String s) {
        return s.length() >= 1 && s.length() <= 8 && Builder.alnum(s);
    }

    private static boolean isAlpha(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        }
        return true;
    }

    /** The index of code in a comma-separated list, or -1. */
    private static int indexOf(String list, String code) {
        if (code.isEmpty()) return -1;
        int i = 0;
        int index = 0;
        while (i <= list.length()) {
            int comma = list.indexOf(',', i);
            if (comma < 0) comma = list.length();
            if (comma - i == code.length() && list.startsWith(code, i)) return index;
            i = comma + 1;
            index++;
        }
        return -1;
    }

    private static String listItem(String list, int index) {
        return list.split(",")[index];
    }

    /** The ISO 639 two-letter language codes (JDK 17's list). */
    public static String[] getISOLanguages() {
        return jdk.internal.util.LocaleDisplayNames.LANGUAGES.split(",");
    }

    /** The ISO 3166 two-letter country codes (JDK 17's list). */
    public static String[] getISOCountries() {
        return jdk.internal.util.LocaleDisplayNames.COUNTRIES.split(",");
    }

    public String getISO3Language() {
        if (language.length() == 3) return language;
        if (language.isEmpty()) return "";
        int i = indexOf(jdk.internal.util.LocaleDisplayNames.LANGUAGES, language);
        String code = i < 0 ? "!" : listItem(jdk.internal.util.LocaleDisplayNames.LANGUAGES3, i);
        if (code.equals("!")) {
            throw new MissingResourceException("Couldn't find 3-letter language code for " + language,
                    "FormatData_" + toString(), "ShortLanguage");
        }
        return code;
    }

    public String getISO3Country() {
        if (country.isEmpty()) return "";
        int i = country.length() == 2 ? indexOf(jdk.internal.util.LocaleDisplayNames.COUNTRIES, country) : -1;
        String code = i < 0 ? "!" : listItem(jdk.internal.util.LocaleDisplayNames.COUNTRIES3, i);
        if (code.equals("!")) {
            throw new MissingResourceException("Couldn't find 3-letter country code for " + country,
                    "FormatData_" + toString(), "ShortCountry");
        }
        return code;
    }

    /** The script subtag, in title case ("Latn"), or "". */
    public String getScript() {
        return script;
    }

    public String getDisplayScript() {
        return getDisplayScript(getDefault(Category.DISPLAY));
    }

    /**
     * The script's name in inLocale (JDK 17's names of common scripts for common display
     * locales, else English); the code for a script without a name here.
     */
    public String getDisplayScript(Locale inLocale) {
        if (script.isEmpty()) return "";
        int i = indexOf(jdk.internal.util.ScriptDisplayNames.SCRIPTS, script);
        if (i < 0) return script;
        String lang = inLocale.getLanguage();
        String names = null;
        if (!inLocale.getCountry().isEmpty()) {
            names = jdk.internal.util.ScriptDisplayNames.names(lang + "-" + inLocale.getCountry());
        }
        if (names == null) names = jdk.internal.util.ScriptDisplayNames.names(lang);
        if (names == null) names = jdk.internal.util.ScriptDisplayNames.names("en");
        return names.split("\\|")[i];
    }

    public String getDisplayLanguage() {
        return getDisplayLanguage(getDefault(Category.DISPLAY));
    }

    /** The language's name in inLocale (JDK 17's names for common locales, else English; else the code). */
    public String getDisplayLanguage(Locale inLocale) {
        if (language.isEmpty()) return "";
        int i = indexOf(jdk.internal.util.LocaleDisplayNames.LANGUAGES, language);
        if (i < 0) return language;
        return jdk.internal.util.LocaleDisplayNames.names(inLocale)[0][i];
    }

    public String getDisplayCountry() {
        return getDisplayCountry(getDefault(Category.DISPLAY));
    }

    public String getDisplayCountry(Locale inLocale) {
        if (country.isEmpty()) return "";
        int i = indexOf(jdk.internal.util.LocaleDisplayNames.COUNTRIES, country);
        if (i < 0) {
            i = indexOf(jdk.internal.util.LocaleDisplayNames.REGIONS, country);
            if (i < 0) return country;
            i += jdk.internal.util.LocaleDisplayNames.COUNTRIES.split(",").length;
        }
        return jdk.internal.util.LocaleDisplayNames.names(inLocale)[1][i];
    }

    public String getDisplayVariant() {
        return variant;
    }

    public String getDisplayVariant(Locale inLocale) {
        return variant;
    }

    public String getDisplayName() {
        return getDisplayName(getDefault(Category.DISPLAY));
    }

    /**
     * "language (country, variant)": the first of language, country and variant that is present
     * is the main name, the others qualify it.
     */
    public String getDisplayName(Locale inLocale) {
        java.util.List<String> names = new java.util.ArrayList<>();
        String l = getDisplayLanguage(inLocale);
        String s = getDisplayScript(inLocale);
        String c = getDisplayCountry(inLocale);
        if (!l.isEmpty()) names.add(l);
        if (!s.isEmpty()) names.add(s);
        if (!c.isEmpty()) names.add(c);
        boolean onlyVariants = names.isEmpty();
        if (!variant.isEmpty()) {
            for (String v : variant.split("[_-]")) {
                if (!v.isEmpty()) names.add(v);
            }
        }
        if (names.isEmpty()) return "";
        // the list separator of the display locale's language
        String separator = switch (inLocale.getLanguage()) {
            case "ja" -> "\u3001";
            case "zh" -> "\uff0c";
            case "ar" -> "\u060c ";
            default -> ", ";
        };
        if (onlyVariants) return String.join(separator, names);
        if (names.size() == 1) return names.get(0);
        return names.get(0) + " (" + String.join(separator, names.subList(1, names.size())) + ")";
    }

    public static Locale of(String language, String country, String variant) {
        return new Locale(language, country, variant);
    }

    public static Locale of(String language, String country) {
        return new Locale(language, country, "");
    }

    public static Locale of(String language) {
        return new Locale(language, "", "");
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String toLanguageTag() {
        if (language.isEmpty() && script.isEmpty() && country.isEmpty()) return "und";
        StringBuilder sb = new StringBuilder(language.isEmpty() ? "und" : language);
        if (!script.isEmpty()) sb.append('-').append(script);
        if (!country.isEmpty()) sb.append('-').append(country);
        if (!variant.isEmpty()) {
            // the well-formed variant subtags, then the rest as private use "x-lvariant-..."
            String[] subs = variant.split("_", -1);
            int k = 0;
            while (k < subs.length && Builder.isVariantSubtag(subs[k])) {
                sb.append('-').append(subs[k++]);
            }
            StringBuilder privateUse = new StringBuilder();
            for (; k < subs.length && isPrivateUseSubtag(subs[k]); k++) {
                privateUse.append('-').append(subs[k]);
            }
            if (privateUse.length() > 0) sb.append("-x-lvariant").append(privateUse);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        boolean l = !language.isEmpty(), c = !country.isEmpty(), v = !variant.isEmpty();
        StringBuilder sb = new StringBuilder(language);
        if (c || (l && (v || !script.isEmpty()))) sb.append('_').append(country);
        if (v && (l || c)) sb.append('_').append(variant);
        if (!script.isEmpty() && (l || c)) sb.append("_#").append(script);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Locale)) return false;
        Locale x = (Locale) o;
        return language.equals(x.language) && script.equals(x.script) && country.equals(x.country)
                && variant.equals(x.variant);
    }

    @Override
    /** As JDK 17's: language, script, region and variant, 31-based. */
    public int hashCode() {
        int h = language.hashCode();
        h = 31 * h + script.hashCode();
        h = 31 * h + country.hashCode();
        h = 31 * h + variant.hashCode();
        return h;
    }
}
