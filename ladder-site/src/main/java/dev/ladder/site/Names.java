package dev.ladder.site;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives pages file names that are safe on every file system and static host, and unique. A slug id
 * (the only kind a valid ladder has) is its own name. Anything else, which only a ladder built in
 * code or an invalid one can hold, is spelt with {@code [a-z0-9]} kept and every other character as
 * {@code _<hex>_}: a name never holds a separator, a dot or {@code --} (so {@code
 * <lower>--<higher>} names one pair only). A name already given (a repeated id) gets {@code _2},
 * {@code _3}, ...
 */
final class Names {
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  // Room for two names, "--" and ".html" within the 255 bytes most file systems allow.
  private static final int MAX = 100;

  private final Set<String> taken = new HashSet<>();

  /** A new unique name for {@code id}. */
  String allocate(String id) {
    String base = safe(id);
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  static String safe(String id) {
    if (SLUG.matcher(id).matches() && id.length() <= MAX) {
      return id;
    }
    StringBuilder name = new StringBuilder();
    id.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.appendCodePoint(c);
              } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
              }
            });
    if (name.isEmpty()) {
      name.append("_");
    }
    if (name.length() > MAX) {
      String hash = Integer.toHexString(id.hashCode()).toLowerCase(Locale.ROOT);
      return name.substring(0, MAX - hash.length() - 1) + "_" + hash;
    }
    return name.toString();
  }
}
