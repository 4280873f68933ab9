package dev.ladder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a synthetic ladder of format 1 that is consistent under every rule: zero errors, zero
 * warnings, zero infos. The same size, tracks and seed always give the same bytes.
 *
 * <p>The first track is the trunk; every other track branches off it, the way a management track
 * branches off a senior engineer. Every level has 5 dimensions of 10 expectations, ratings,
 * experience, scope and a compensation band. Each level {@code extends} the one below it (the first
 * level of a branch extends its trunk level) and its expectations {@code refines} the inherited
 * ones one for one, so every effective set holds 50 expectations at any size. Every value grows
 * with a level's height (its distance from the bottom of the trunk), so no step up shrinks and
 * every step up adds something.
 *
 * <pre>{@code
 * LadderGenerator.of(1_000).write(Path.of("target/ladder-1000"));
 * }</pre>
 *
 * <p>From the command line: {@code java -cp benchmarks.jar dev.ladder.bench.LadderGenerator <dir>
 * <levels> [deep|wide|tracks] [seed]}.
 */
public final class LadderGenerator {
  /** Dimensions per level. */
  public static final int DIMENSIONS = 5;

  /** Expectations per dimension and level. */
  public static final int EXPECTATIONS_PER_DIMENSION = 10;

  public static final int DEFAULT_TRACKS = 4;
  public static final long DEFAULT_SEED = 20_260_101L;

  /** Levels per track in the {@code wide} shape. */
  public static final int WIDE_TRACK_LENGTH = 10;

  private static final String[] TRACK_IDS = {"engineering", "data", "security", "management"};
  private static final String[] TRACK_NAMES = {
    "Software engineering", "Data engineering", "Security engineering", "People management"
  };
  private static final String[] DIMENSION_IDS = {
    "scope-of-knowledge",
    "responsibilities",
    "technical-leadership",
    "people-leadership",
    "delivery"
  };
  private static final String[] DIMENSION_NAMES = {
    "Scope of knowledge",
    "Responsibilities",
    "Technical leadership",
    "People leadership",
    "Delivery"
  };
  private static final List<String> REACH =
      List.of("self", "team", "multi-team", "organization", "company", "industry");
  private static final List<String> AUTONOMY =
      List.of("guided", "supported", "independent", "self-directed", "direction-setting");
  private static final String[] COMPETENCIES = {
    "write-quality-code", "system-design", "collaboration", "communication", "deliver-results",
    "mentoring", "people-management", "hiring", "strategic-thinking", "business-acumen",
    "incident-response", "data-modelling", "threat-modelling", "product-sense", "coaching",
    "written-communication"
  };

  // Word lists for expectation texts: wide enough that two random sentences share few words, so
  // the near-duplicate rule never sees two alike.
  private static final String[] VERBS = {
    "Designs",
    "Owns",
    "Reviews",
    "Improves",
    "Documents",
    "Measures",
    "Simplifies",
    "Automates",
    "Negotiates",
    "Plans",
    "Secures",
    "Migrates",
    "Mentors",
    "Coordinates",
    "Audits",
    "Explains",
    "Prioritises",
    "Refactors",
    "Champions",
    "Stabilises",
    "Estimates",
    "Delegates",
    "Benchmarks",
    "Budgets",
    "Sponsors",
    "Forecasts",
    "Untangles",
    "Hardens",
    "Teaches",
    "Funds"
  };
  private static final String[] ADJECTIVES = {
    "resilient",
    "shared",
    "legacy",
    "critical",
    "observable",
    "costly",
    "regulated",
    "public",
    "internal",
    "mobile",
    "distributed",
    "flaky",
    "customer-facing",
    "batch",
    "streaming",
    "experimental",
    "multi-region",
    "encrypted",
    "low-latency",
    "accessible",
    "localised",
    "versioned",
    "tenant-aware",
    "audited",
    "offline",
    "federated",
    "realtime",
    "archival",
    "high-volume",
    "embedded"
  };
  private static final String[] NOUNS = {
    "pipelines",
    "services",
    "dashboards",
    "schemas",
    "runbooks",
    "contracts",
    "roadmaps",
    "interfaces",
    "budgets",
    "releases",
    "experiments",
    "migrations",
    "libraries",
    "queues",
    "caches",
    "standards",
    "incidents",
    "hiring loops",
    "design reviews",
    "test suites",
    "deployments",
    "data models",
    "access policies",
    "on-call rotations",
    "vendor agreements",
    "capacity plans",
    "feature flags",
    "billing flows",
    "search indexes",
    "identity systems",
    "support escalations",
    "platform APIs",
    "analytics jobs",
    "storage tiers",
    "build tools"
  };
  private static final String[] AUDIENCES = {
    "partner teams",
    "new hires",
    "product managers",
    "the security group",
    "finance",
    "auditors",
    "customers",
    "the platform group",
    "neighbouring squads",
    "senior leadership",
    "support staff",
    "the data office",
    "contractors",
    "legal counsel",
    "sales engineers",
    "the design guild",
    "site reliability engineers",
    "regional offices",
    "open source users",
    "the board"
  };
  private static final String[] OUTCOMES = {
    "without being asked",
    "before each quarter starts",
    "with measurable results",
    "across time zones",
    "under tight deadlines",
    "within agreed budgets",
    "with clear written notes",
    "through shared tooling",
    "during incidents",
    "at every release",
    "ahead of audits",
    "while keeping costs flat",
    "in small safe steps",
    "with fair trade-offs",
    "from first draft to launch",
    "for the long term",
    "after each postmortem",
    "by example",
    "through public demos",
    "with peer feedback"
  };

  private final int levels;
  private final int tracks;
  private final long seed;

  private LadderGenerator(int levels, int tracks, long seed) {
    if (levels < 1) {
      throw new IllegalArgumentException("levels must be at least 1, was " + levels);
    }
    if (tracks < 1) {
      throw new IllegalArgumentException("tracks must be at least 1, was " + tracks);
    }
    this.levels = levels;
    this.tracks = Math.min(tracks, levels);
    this.seed = seed;
  }

  /** A generator of {@code levels} levels on {@value #DEFAULT_TRACKS} tracks, default seed. */
  public static LadderGenerator of(int levels) {
    return new LadderGenerator(levels, DEFAULT_TRACKS, DEFAULT_SEED);
  }

  public static LadderGenerator of(int levels, int tracks, long seed) {
    return new LadderGenerator(levels, tracks, seed);
  }

  /**
   * The shape of most real ladders, at any size: tracks of {@value #WIDE_TRACK_LENGTH} levels (one
   * track per job family), so extends chains stay short however many levels there are.
   */
  public static LadderGenerator wide(int levels) {
    return new LadderGenerator(levels, wideTracks(levels), DEFAULT_SEED);
  }

  /** {@code deep}: {@value #DEFAULT_TRACKS} tracks; {@code wide}: see {@link #wide(int)}. */
  public static LadderGenerator shaped(String shape, int levels) {
    return switch (shape) {
      case "deep" -> of(levels);
      case "wide" -> wide(levels);
      default -> throw new IllegalArgumentException("unknown shape " + shape + ": deep or wide");
    };
  }

  private static int wideTracks(int levels) {
    return Math.max(1, levels / WIDE_TRACK_LENGTH);
  }

  public int levels() {
    return levels;
  }

  public int tracks() {
    return tracks;
  }

  /**
   * Every file of the ladder, by path relative to the ladder root ({@code /} separated): {@code
   * ladder.yaml} and one file per level under {@code levels/<track>/}.
   */
  public SortedMap<String, String> files() {
    Random random = new Random(seed);
    List<List<Lvl>> byTrack = layout();
    int maxHeight = byTrack.stream().flatMap(List::stream).mapToInt(l -> l.height).max().orElse(1);
    SortedMap<String, String> files = new TreeMap<>();
    files.put("ladder.yaml", ladderYaml(byTrack));
    // Generated trunk first, then the branches: a branch's first level refines its trunk level.
    for (List<Lvl> track : byTrack) {
      for (Lvl level : track) {
        files.put(
            "levels/" + trackId(level.track) + "/" + level.id + ".yaml",
            levelYaml(level, maxHeight, random));
      }
    }
    return files;
  }

  /**
   * Writes the ladder under {@code root}, creating folders as needed, and returns {@code root}.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public Path write(Path root) {
    try {
      for (Map.Entry<String, String> file : files().entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code <dir> <levels> [deep|wide|<tracks>] [seed]}: writes a ladder root into {@code dir}; the
   * default shape is {@code deep}, {@value #DEFAULT_TRACKS} tracks.
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: LadderGenerator <dir> <levels> [deep|wide|<tracks>] [seed]");
      System.exit(2);
    }
    int levels = Integer.parseInt(args[1]);
    String shape = args.length > 2 ? args[2] : "deep";
    int tracks =
        switch (shape) {
          case "deep" -> DEFAULT_TRACKS;
          case "wide" -> wideTracks(levels);
          default -> Integer.parseInt(shape);
        };
    long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
    LadderGenerator generator = of(levels, tracks, seed);
    Path root = generator.write(Path.of(args[0]));
    System.out.printf(
        Locale.ROOT,
        "wrote %d levels on %d tracks to %s%n",
        generator.levels(),
        generator.tracks(),
        root);
  }

  // --- layout -----------------------------------------------------------------------------------

  /** One generated level: where it sits and what it builds on. */
  private static final class Lvl {
    final int track;
    final int rank;
    final int height;
    final String id;
    Lvl parent;
    final List<Lvl> next = new ArrayList<>();
    final List<String> expectationIds = new ArrayList<>();

    Lvl(int track, int rank, int height) {
      this.track = track;
      this.rank = rank;
      this.height = height;
      this.id = trackId(track) + "-" + rank;
    }
  }

  private List<List<Lvl>> layout() {
    int[] sizes = new int[tracks];
    for (int t = 0; t < tracks; t++) {
      sizes[t] = levels / tracks + (t < levels % tracks ? 1 : 0);
    }
    List<List<Lvl>> byTrack = new ArrayList<>();
    List<Lvl> trunk = new ArrayList<>();
    for (int rank = 1; rank <= sizes[0]; rank++) {
      Lvl level = new Lvl(0, rank, rank);
      if (rank > 1) {
        level.parent = trunk.get(rank - 2);
        level.parent.next.add(level);
      }
      trunk.add(level);
    }
    byTrack.add(trunk);
    for (int t = 1; t < tracks; t++) {
      Lvl branchPoint = trunk.get(branchRank(t, sizes[0]) - 1);
      List<Lvl> track = new ArrayList<>();
      for (int rank = 1; rank <= sizes[t]; rank++) {
        Lvl level = new Lvl(t, rank, branchPoint.height + rank);
        level.parent = rank == 1 ? branchPoint : track.get(rank - 2);
        level.parent.next.add(level);
        track.add(level);
      }
      byTrack.add(track);
    }
    return byTrack;
  }

  /** The trunk rank that track {@code t} branches off, spread along the trunk. */
  private int branchRank(int t, int trunkSize) {
    return Math.max(1, Math.min(trunkSize, t * trunkSize / tracks));
  }

  private static String trackId(int track) {
    return track < TRACK_IDS.length ? TRACK_IDS[track] : "track-" + (track + 1);
  }

  private static String trackName(int track) {
    return track < TRACK_NAMES.length ? TRACK_NAMES[track] : "Track " + (track + 1);
  }

  // --- ladder.yaml ------------------------------------------------------------------------------

  private String ladderYaml(List<List<Lvl>> byTrack) {
    StringBuilder y = new StringBuilder(4096);
    y.append("ladderFormat: 1\n");
    y.append("id: synthetic-").append(levels).append('\n');
    y.append("name: Synthetic ladder of ").append(levels).append(" levels\n");
    y.append("description: Generated for benchmarks; consistent under every rule.\n");
    y.append("tracks:\n");
    for (int t = 0; t < tracks; t++) {
      y.append("  - id: ").append(trackId(t)).append('\n');
      y.append("    name: ").append(trackName(t)).append('\n');
    }
    y.append("dimensions:\n");
    for (int d = 0; d < DIMENSIONS; d++) {
      y.append("  - id: ").append(DIMENSION_IDS[d]).append('\n');
      y.append("    name: ").append(DIMENSION_NAMES[d]).append('\n');
    }
    y.append("scales:\n");
    y.append("  reach: [").append(String.join(", ", REACH)).append("]\n");
    y.append("  autonomy: [").append(String.join(", ", AUTONOMY)).append("]\n");
    y.append("attributes:\n");
    y.append("  - id: technical-reach\n    name: Technical reach\n    scale: reach\n");
    y.append("  - id: leadership-reach\n    name: Leadership reach\n    scale: reach\n");
    y.append("  - id: autonomy\n    name: Autonomy\n    scale: autonomy\n");
    y.append("competencies:\n");
    for (String competency : COMPETENCIES) {
      y.append("  - id: ").append(competency).append('\n');
      y.append("    name: ").append(title(competency)).append('\n');
    }
    // A branch's first levels are held equal to the trunk levels of the same height.
    List<String> equivalences = new ArrayList<>();
    List<Lvl> trunk = byTrack.get(0);
    for (int t = 1; t < byTrack.size(); t++) {
      List<Lvl> track = byTrack.get(t);
      for (int i = 0; i < Math.min(2, track.size()); i++) {
        Lvl branch = track.get(i);
        int trunkRank = branch.height;
        if (trunkRank <= trunk.size()) {
          equivalences.add("  - [" + trunk.get(trunkRank - 1).id + ", " + branch.id + "]\n");
        }
      }
    }
    if (!equivalences.isEmpty()) {
      y.append("equivalences:\n");
      equivalences.forEach(y::append);
    }
    return y.toString();
  }

  private static String title(String slug) {
    String spaced = slug.replace('-', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  // --- a level file -----------------------------------------------------------------------------

  private String levelYaml(Lvl level, int maxHeight, Random random) {
    // 0 at the bottom of the trunk, 1 at the highest level: every value below grows with it.
    double f = maxHeight == 1 ? 0 : (level.height - 1) / (double) (maxHeight - 1);
    StringBuilder y = new StringBuilder(8192);
    y.append("id: ").append(level.id).append('\n');
    y.append("title: ").append(trackName(level.track)).append(" level ").append(level.rank);
    y.append('\n');
    y.append("track: ").append(trackId(level.track)).append('\n');
    y.append("rank: ").append(level.rank).append('\n');
    if (level.parent != null) {
      y.append("extends: ").append(level.parent.id).append('\n');
    }
    y.append("status: active\n");
    y.append("summary: ").append(sentence(random)).append('\n');

    y.append("experience:\n");
    y.append("  minYears: ").append((int) Math.floor(f * 25)).append('\n');
    y.append("  leadershipYears: ").append((int) Math.floor(f * 10)).append('\n');

    y.append("ratings:\n");
    y.append("  technical-reach: ").append(step(REACH, f)).append('\n');
    y.append("  leadership-reach: ").append(step(REACH, f * f)).append('\n');
    y.append("  autonomy: ").append(step(AUTONOMY, f)).append('\n');

    int teams = 1 + (int) Math.floor(f * 20);
    int headcount = 1 + (int) Math.floor(f * 500);
    y.append("scope:\n");
    y.append("  teams: {min: ").append(teams).append(", max: ").append(teams + 2).append("}\n");
    y.append("  headcount: {min: ").append(headcount);
    y.append(", max: ").append(headcount * 2 + 10).append("}\n");

    long compMin = 60_000 + Math.round(f * 440_000);
    long compMax = compMin + 40_000 + Math.round(f * 100_000);
    y.append("compensation:\n");
    y.append("  currency: USD\n");
    y.append("  min: ").append(compMin).append('\n');
    y.append("  max: ").append(compMax).append('\n');

    y.append("competencies: [").append(String.join(", ", competencies(random))).append("]\n");

    y.append("expectations:\n");
    Set<String> ids = new HashSet<>();
    for (int d = 0; d < DIMENSIONS; d++) {
      y.append("  ").append(DIMENSION_IDS[d]).append(":\n");
      for (int i = 0; i < EXPECTATIONS_PER_DIMENSION; i++) {
        String text = sentence(random);
        int index = d * EXPECTATIONS_PER_DIMENSION + i;
        if (level.parent == null) {
          // The bottom of the trunk writes plain strings: their ids are the slugs of their texts.
          while (!ids.add(slug(text))) {
            text = sentence(random);
          }
          level.expectationIds.add(slug(text));
          y.append("    - ").append(text).append('\n');
        } else {
          String id = level.id + "-d" + (d + 1) + "-e" + (i + 1);
          level.expectationIds.add(id);
          y.append("    - id: ").append(id).append('\n');
          y.append("      text: ").append(text).append('\n');
          y.append("      refines: ").append(level.parent.expectationIds.get(index)).append('\n');
        }
      }
    }

    if (!level.next.isEmpty()) {
      y.append("progression:\n");
      y.append("  next: [");
      for (int i = 0; i < level.next.size(); i++) {
        y.append(i == 0 ? "" : ", ").append(level.next.get(i).id);
      }
      y.append("]\n");
    }
    y.append("checkpoints:\n");
    y.append("  - ").append(sentence(random)).append('\n');
    y.append("  - ").append(sentence(random)).append('\n');
    return y.toString();
  }

  /** The value of {@code scale} at fraction {@code f} of its length: never lower for a higher f. */
  private static String step(List<String> scale, double f) {
    return scale.get(Math.min(scale.size() - 1, (int) Math.floor(f * scale.size())));
  }

  private static List<String> competencies(Random random) {
    List<String> picked = new ArrayList<>();
    while (picked.size() < 4) {
      String c = COMPETENCIES[random.nextInt(COMPETENCIES.length)];
      if (!picked.contains(c)) {
        picked.add(c);
      }
    }
    picked.sort(null);
    return picked;
  }

  /** A plain YAML scalar of words only: safe unquoted, and rarely alike any other. */
  private static String sentence(Random random) {
    return pick(VERBS, random)
        + " "
        + pick(ADJECTIVES, random)
        + " "
        + pick(NOUNS, random)
        + " and "
        + pick(ADJECTIVES, random)
        + " "
        + pick(NOUNS, random)
        + " for "
        + pick(AUDIENCES, random)
        + " "
        + pick(OUTCOMES, random);
  }

  private static String pick(String[] words, Random random) {
    return words[random.nextInt(words.length)];
  }

  /** The slug rule of FORMAT.md: lower case, runs outside [a-z0-9] become one '-', trimmed. */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
