package text;

import java.text.*;
import java.util.*;
/** SimpleDateFormat week fields (w W Y u F) with each locale's week rules, and week-date parsing. */
public class DateFormatWeeks {
  public static void main(String[] a) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
    for (Locale l : new Locale[]{Locale.US, Locale.GERMANY, new Locale("en", "AE"), new Locale("pt", "PT"), Locale.ROOT}) {
      SimpleDateFormat f = new SimpleDateFormat("YYYY ww W u F EEE", l);
      StringBuilder sb = new StringBuilder(l + ": ");
      Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.US); c.clear(); c.set(2018, 11, 20);
      for (int i = 0; i < 30; i++) { sb.append(f.format(c.getTime())).append(" | "); c.add(Calendar.DAY_OF_MONTH, 3); }
      System.out.println(sb);
      for (String s : new String[]{"2021 01 1", "2021 10 3", "2020 53 7", "2019 01 5"}) {
        try { System.out.println(iso.format(new SimpleDateFormat("YYYY ww u", l).parse(s))); } catch (ParseException e) { System.out.println(e.getMessage()); }
      }
      System.out.println(iso.format(new SimpleDateFormat("yyyy 'week' w EEE", Locale.US).parse("2022 week 20 Fri")) + " " + iso.format(new SimpleDateFormat("yyyy w", l).parse("2023 1")));
    }
  }
}
