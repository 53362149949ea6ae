package org.parcours.portal.catalogue.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.geo.Communes;
import org.parcours.portal.catalogue.imports.MonCompteFormationCsv;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;
import org.parcours.portfolio.catalogue.Session;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.ReferentialFiles;
import org.parcours.portfolio.skill.Skill;
import org.parcours.portfolio.skill.SkillCatalogue;

/**
 * Generates a plausible catalogue: real RNCP certifications and their blocs, real ROME jobs, ESCO
 * skills in the descriptions, real communes with their coordinates, and categories, modalities,
 * prices and durations in proportions like those of the CPF catalogue. Offer {@code i} of a seed is
 * always the same, whatever the count asked for, and offers are made one by one as the stream is
 * read, so 200,000 of them never sit in memory together.
 */
public final class CatalogueGenerator {

  public static final int PARTNERS = 40;
  private static final Path ROME_JOBS =
      Path.of("rome4", "unix_referentiel_code_rome_v460_utf8.csv");
  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
  // The biggest cities get more offers, as in the real catalogue.
  private static final List<String> CITIES =
      List.of(
          "Paris",
          "Lyon",
          "Marseille",
          "Toulouse",
          "Nice",
          "Nantes",
          "Strasbourg",
          "Montpellier",
          "Bordeaux",
          "Lille",
          "Rennes",
          "Reims",
          "Toulon",
          "Grenoble",
          "Dijon",
          "Angers",
          "Nîmes",
          "Clermont-Ferrand",
          "Le Mans",
          "Brest",
          "Tours",
          "Amiens",
          "Limoges",
          "Rouen",
          "Metz");
  private static final List<String> PREFIXES =
      List.of(
          "Cap", "Horizon", "Trajectoire", "Passerelle", "Déclic", "Envol", "Boussole", "Tremplin");
  private static final List<String> SUFFIXES =
      List.of("Compétences", "Formation", "Emploi", "Carrières", "Avenir", "Métiers", "Projets");
  private static final List<String> COACHING =
      List.of(
          "prise de poste",
          "reconversion professionnelle",
          "entretien d'embauche",
          "management d'équipe",
          "confiance en soi au travail",
          "création d'entreprise");
  private static final List<String> JOB_SEARCH =
      List.of(
          "CV et lettre de motivation",
          "réseaux sociaux professionnels",
          "préparer un entretien",
          "candidature spontanée",
          "marché caché de l'emploi");

  /** A generated organisation that publishes offers. */
  public record Partner(UUID id, String name, Commune home) {}

  private record Certification(String code, List<Skill> blocs) {}

  private record Job(String code, String label) {}

  private final List<Certification> certifications;
  private final List<Job> jobs;
  private final List<String> skills;
  private final List<Commune> communes;
  private final List<Commune> cities;

  private CatalogueGenerator(
      List<Certification> certifications,
      List<Job> jobs,
      List<String> skills,
      List<Commune> communes,
      List<Commune> cities) {
    this.certifications = certifications;
    this.jobs = jobs;
    this.skills = skills;
    this.communes = communes;
    this.cities = cities;
  }

  /** Reads the referentials under the data folder (a few seconds); then generates quickly. */
  public static CatalogueGenerator load(Path dataDir) {
    return load(dataDir, ReferentialFiles.load(dataDir));
  }

  /** Uses skills already loaded (the portal's own), reading only the communes and ROME jobs. */
  public static CatalogueGenerator load(Path dataDir, SkillCatalogue catalogue) {
    Map<String, List<Skill>> blocsByFiche = new LinkedHashMap<>();
    for (Skill bloc : catalogue.all(Referential.RNCP)) {
      // Some blocs of the export have no label: a title cannot be empty.
      if (bloc.context() != null
          && bloc.code().matches("RNCP\\d{1,6}BC\\d{1,3}")
          && !bloc.label().isBlank()) {
        blocsByFiche.computeIfAbsent(bloc.context(), k -> new ArrayList<>()).add(bloc);
      }
    }
    List<Certification> certifications =
        blocsByFiche.entrySet().stream()
            .filter(e -> e.getKey().matches("RNCP\\d{1,6}"))
            .map(e -> new Certification(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    List<String> skills =
        catalogue.all(Referential.ESCO).stream()
            .map(s -> s.label().strip().replaceAll("\\s+", " "))
            .toList();
    Communes all = Communes.load(dataDir);
    List<Commune> located =
        all.all().stream().filter(Commune::located).filter(c -> c.regionName() != null).toList();
    List<Commune> cities =
        located.stream()
            .filter(c ->
                CITIES.stream()
                    .anyMatch(city -> c.name().equals(city) || c.name().startsWith(city + " 0")))
            .toList();
    if (certifications.isEmpty() || skills.isEmpty() || located.isEmpty()) {
      throw new IllegalStateException(
          "The demo catalogue needs the RNCP, ESCO and communes files under "
              + dataDir
              + " (set PARCOURS_DATA_DIR).");
    }
    return new CatalogueGenerator(
        certifications, romeJobs(dataDir.resolve(ROME_JOBS)), skills, located, cities);
  }

  private static List<Job> romeJobs(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Job> jobs = new ArrayList<>();
      for (CSVRecord row : format.parse(in)) {
        jobs.add(new Job(row.get("code_rome"), row.get("libelle_rome")));
      }
      return List.copyOf(jobs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ROME jobs " + file, e);
    }
  }

  /** The organisations of a seed. */
  public List<Partner> partners(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Partner> partners = new ArrayList<>(PARTNERS);
    for (int i = 0; i < PARTNERS; i++) {
      Commune home = r.nextInt(3) == 0 ? pick(r, communes) : pick(r, cities);
      String city = home.name().replaceAll(" \\d+$", "");
      String name = pick(r, PREFIXES) + " " + pick(r, SUFFIXES) + " " + city;
      partners.add(
          new Partner(
              UUID.nameUUIDFromBytes(
                  ("demo-partner:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8)),
              name,
              home));
    }
    return List.copyOf(partners);
  }

  /** {@code count} offers of a seed, made as the stream is read. */
  public Stream<Offer> offers(long seed, int count) {
    List<Partner> partners = partners(seed);
    return IntStream.range(0, count).mapToObj(i -> offer(seed, i, partners));
  }

  /** Writes {@code count} offers of a seed as MonCompteFormation CSV; returns how many. */
  public long writeCsv(long seed, int count, Appendable out) throws IOException {
    return MonCompteFormationCsv.write(offers(seed, count), out);
  }

  private Offer offer(long seed, int i, List<Partner> partners) {
    // One generator per offer: offer i does not depend on how many came before.
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Partner partner = partners.get(r.nextInt(partners.size()));
    Category category = category(r.nextInt(100));
    Job job = pick(r, jobs);
    Certification certification = pick(r, certifications);
    int m = r.nextInt(100);
    Modality modality = m < 55 ? Modality.IN_PERSON : m < 75 ? Modality.REMOTE : Modality.MIXED;
    List<Place> places = new ArrayList<>();
    if (modality != Modality.REMOTE) {
      places.add(
          (r.nextInt(10) < 7
                  ? partner.home()
                  : r.nextBoolean() ? pick(r, cities) : pick(r, communes))
              .toPlace());
      if (r.nextInt(100) < 15) {
        places.add(pick(r, cities).toPlace());
      }
    }
    List<String> rncp = List.of();
    List<String> blocs = List.of();
    String title;
    String lead;
    Integer hours;
    Long price;
    boolean cpf;
    switch (category) {
      case FORMATION -> {
        rncp = List.of(certification.code());
        if (r.nextInt(100) < 60) {
          Skill bloc = pick(r, certification.blocs());
          blocs = List.of(bloc.code());
          title = shortened(bloc.label());
          lead =
              "Ce module prépare le bloc de compétences "
                  + bloc.code()
                  + " de la certification "
                  + certification.code()
                  + ".";
        } else {
          blocs = certification.blocs().stream().map(Skill::code).toList();
          title = "Formation " + job.label();
          lead =
              "Une formation complète vers le métier de "
                  + job.label()
                  + ", certification "
                  + certification.code()
                  + ".";
        }
        hours = 14 + r.nextInt(1200);
        price =
            r.nextInt(100) < 5
                ? Long.valueOf(0)
                : r.nextInt(100) < 5 ? null : logUniformCents(r, 300, 9_000);
        cpf = r.nextInt(100) < 70;
      }
      case BILAN_COMPETENCES -> {
        title =
            pick(
                r,
                List.of(
                    "Bilan de compétences",
                    "Bilan de compétences à distance",
                    "Bilan de compétences : reconversion vers " + job.label()));
        lead =
            "Faire le point sur vos compétences, vos aptitudes et vos motivations pour définir un projet professionnel.";
        hours = 24;
        price = logUniformCents(r, 1_000, 2_800);
        cpf = r.nextInt(100) < 90;
      }
      case VAE_ACCOMPAGNEMENT -> {
        rncp = List.of(certification.code());
        blocs = certification.blocs().stream().map(Skill::code).toList();
        title = "Accompagnement VAE : " + job.label();
        lead =
            "Un accompagnement à la validation des acquis de l'expérience vers la certification "
                + certification.code()
                + ".";
        hours = 12 + r.nextInt(24);
        price = logUniformCents(r, 1_200, 3_200);
        cpf = r.nextInt(100) < 85;
      }
      case ORIENTATION -> {
        title =
            pick(
                r,
                List.of(
                    "Conseil en évolution professionnelle",
                    "Atelier d'orientation : " + job.label(),
                    "Découverte des métiers : " + job.label()));
        lead = "Explorer les métiers, vos intérêts et les formations possibles avec un conseiller.";
        hours = 2 + r.nextInt(20);
        price = r.nextInt(100) < 60 ? Long.valueOf(0) : logUniformCents(r, 50, 600);
        cpf = false;
      }
      case COACHING -> {
        title = "Coaching " + pick(r, COACHING);
        lead = "Un accompagnement individuel par un coach certifié, en séances régulières.";
        hours = 4 + r.nextInt(30);
        price = logUniformCents(r, 300, 3_500);
        cpf = r.nextInt(100) < 10;
      }
      case RECHERCHE_EMPLOI -> {
        title = "Atelier recherche d'emploi : " + pick(r, JOB_SEARCH);
        lead =
            "Des ateliers collectifs pour mener votre recherche d'emploi comme "
                + job.label()
                + ".";
        hours = 3 + r.nextInt(30);
        price = r.nextInt(100) < 70 ? Long.valueOf(0) : logUniformCents(r, 50, 800);
        cpf = false;
      }
      default -> throw new IllegalStateException(category.name());
    }
    StringBuilder description = new StringBuilder(lead).append(" Compétences travaillées : ");
    int n = 3 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      description.append(k == 0 ? "" : ", ").append(pick(r, skills));
    }
    description
        .append(". Métier visé : ")
        .append(job.label())
        .append(" (ROME ")
        .append(job.code())
        .append(").");
    List<Session> sessions = new ArrayList<>();
    int s = modality == Modality.REMOTE && r.nextBoolean() ? 0 : 1 + r.nextInt(3);
    for (int k = 0; k < s; k++) {
      LocalDate start = LocalDate.of(2025, 1, 6).plusDays(r.nextInt(600));
      sessions.add(new Session(start, start.plusDays(Math.max(1, hours / 7))));
    }
    return new Offer(
        UUID.nameUUIDFromBytes(("demo-offer:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8)),
        partner.id(),
        partner.name(),
        title,
        description.toString(),
        category,
        modality,
        places,
        sessions,
        hours,
        price,
        cpf,
        rncp,
        List.of(),
        blocs,
        List.of(job.code()),
        List.of(),
        r.nextInt(100) < 3 ? List.of("fr", "en") : List.of("fr"),
        r.nextInt(100) < 60
            ? "Locaux accessibles aux personnes à mobilité réduite ; référent handicap joignable."
            : null,
        EPOCH.plusSeconds(r.nextLong(365L * 24 * 3600)));
  }

  // FORMATION 55 %, bilans 12 %, VAE 8 %, orientation 8 %, coaching 9 %, job search 8 %.
  private static Category category(int percent) {
    if (percent < 55) {
      return Category.FORMATION;
    }
    if (percent < 67) {
      return Category.BILAN_COMPETENCES;
    }
    if (percent < 75) {
      return Category.VAE_ACCOMPAGNEMENT;
    }
    if (percent < 83) {
      return Category.ORIENTATION;
    }
    if (percent < 92) {
      return Category.COACHING;
    }
    return Category.RECHERCHE_EMPLOI;
  }

  // Prices spread like real ones: many modest, a long tail of expensive.
  private static long logUniformCents(SplittableRandom r, int minEuros, int maxEuros) {
    double euros =
        Math.exp(Math.log(minEuros) + r.nextDouble() * (Math.log(maxEuros) - Math.log(minEuros)));
    return Math.round(euros) * 100;
  }

  private static String shortened(String label) {
    String clean = label.strip().replaceAll("\\s+", " ");
    if (clean.length() <= 150) {
      return clean;
    }
    return clean.substring(0, clean.lastIndexOf(' ', 149)) + "…";
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
