package dev.ladder.site;

/**
 * What a site shows beyond the defaults of FORMAT.md section 6.
 *
 * <pre>{@code
 * SiteOptions options = SiteOptions.defaults().withCompensation(true);
 * }</pre>
 *
 * @param includeCompensation show compensation bands (front ends: {@code includeCompensation},
 *     {@code ladder.site.compensation}); off by default, as a ladder's readers are not always meant
 *     to see pay
 * @param includeDrafts show levels whose {@code status} is {@code draft} ({@code includeDrafts},
 *     {@code ladder.site.drafts}); off by default
 */
public record SiteOptions(boolean includeCompensation, boolean includeDrafts) {
  private static final SiteOptions DEFAULTS = new SiteOptions(false, false);

  /** No compensation, no draft levels. */
  public static SiteOptions defaults() {
    return DEFAULTS;
  }

  public SiteOptions withCompensation(boolean include) {
    return new SiteOptions(include, includeDrafts);
  }

  public SiteOptions withDrafts(boolean include) {
    return new SiteOptions(includeCompensation, include);
  }
}
