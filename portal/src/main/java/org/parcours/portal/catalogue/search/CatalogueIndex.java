package org.parcours.portal.catalogue.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.parcours.portfolio.catalogue.Category;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;

/**
 * The catalogue's Lucene index. Thread-safe: any number of searches run while offers are written
 * and while the whole index is rebuilt.
 *
 * <p>Life cycle: {@link #open()} at start-up tells whether the index is usable; if it is missing or
 * corrupt, the caller rebuilds it from the database with {@link #rebuild} while searches answer
 * from an empty catalogue. Committed changes come in through {@link #upsert} and {@link #delete},
 * are visible to the next search, and are made durable by {@link #commit()}; the database, not this
 * index, is the source of truth, so an uncommitted change lost in a crash is replayed by the
 * caller.
 */
public final class CatalogueIndex implements Closeable {

  public static final int SUGGESTIONS_MAX = 20;
  static final int SNIPPET_CHARS = 200;

  private static final Logger LOG = Logger.getLogger(CatalogueIndex.class.getName());
  private static final int RETRIES = 5;

  private final Storage storage;
  private final Analyzer analyzer = FrenchAnalysis.perField();
  private final FacetsConfig facetsConfig = OfferDocuments.facetsConfig();
  private final Queries queries = new Queries(analyzer);
  private final Object writes = new Object();
  private final Object rebuilds = new Object();
  // Commit data naming the database the index mirrors, and how its documents are laid out.
  private static final String SOURCE = "parcours.source";
  static final String LAYOUT = "parcours.layout";
  private final String source;

  private volatile Generation current;
  // The changes made while a rebuild reads the database, replayed on the new index before it
  // becomes current (an empty Optional is a deletion). Guarded by `writes`.
  private Map<UUID, Optional<Offer>> changedDuringRebuild;

  private CatalogueIndex(Storage storage, String source) {
    this.storage = storage;
    this.source = source;
  }

  /**
   * An index kept under {@code folder} (created if needed), one sub-folder per generation.
   *
   * @param source the identity of the database it mirrors: an index found on disk that was built
   *     from another database is rebuilt rather than trusted
   */
  public static CatalogueIndex onDisk(Path folder, String source) {
    return new CatalogueIndex(Storage.onDisk(folder), source);
  }

  /** An index in memory, for tests and demos. */
  public static CatalogueIndex inMemory() {
    return new CatalogueIndex(Storage.inMemory(), "memory");
  }

  /**
   * Opens the current index after checking every file against its checksum. When the index is
   * missing or corrupt, starts an empty one instead and says so: the caller should then {@link
   * #rebuild} it.
   */
  public IndexStatus open() throws IOException {
    synchronized (writes) {
      if (current != null) {
        throw new IllegalStateException("The catalogue index is already open.");
      }
      Directory found = storage.current();
      if (found == null || !DirectoryReader.indexExists(found)) {
        if (found != null) {
          storage.discard(found);
        }
        current = emptyGeneration();
        return new IndexStatus(IndexStatus.State.MISSING, "No catalogue index yet.");
      }
      try {
        verify(found);
        Map<String, String> built = SegmentInfos.readLatestCommit(found).getUserData();
        if (!source.equals(built.get(SOURCE))) {
          storage.discard(found);
          current = emptyGeneration();
          return new IndexStatus(
              IndexStatus.State.FOREIGN,
              "The catalogue index was built from another database; it needs a rebuild.");
        }
        if (!OfferDocuments.LAYOUT.equals(built.get(LAYOUT))) {
          storage.discard(found);
          current = emptyGeneration();
          return new IndexStatus(
              IndexStatus.State.OUTDATED,
              "The catalogue index was built by an earlier version of Parcours; it needs a"
                  + " rebuild.");
        }
        current = generation(found, writer(found, IndexWriterConfig.OpenMode.APPEND, 64));
        return new IndexStatus(IndexStatus.State.READY, null);
      } catch (IOException | RuntimeException corrupt) {
        String reason = "The catalogue index is unreadable (" + corrupt + "); it needs a rebuild.";
        LOG.warning(reason);
        storage.discard(found);
        current = emptyGeneration();
        return new IndexStatus(IndexStatus.State.CORRUPT, reason);
      }
    }
  }

  // Opening only reads headers; a truncated or damaged segment shows when its checksum is read.
  private static void verify(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    }
  }

  /** Adds the offer, or replaces the one with the same id; visible to the next search. */
  public void upsert(Offer offer) throws IOException {
    synchronized (writes) {
      Generation g = opened();
      g.writer.updateDocument(idTerm(offer.id()), OfferDocuments.document(offer, facetsConfig));
      g.changed.set(true);
      if (changedDuringRebuild != null) {
        changedDuringRebuild.put(offer.id(), Optional.of(offer));
      }
    }
  }

  /** Removes the offer if it is in the index; visible to the next search. */
  public void delete(UUID offerId) throws IOException {
    synchronized (writes) {
      Generation g = opened();
      g.writer.deleteDocuments(idTerm(offerId));
      g.changed.set(true);
      if (changedDuringRebuild != null) {
        changedDuringRebuild.put(offerId, Optional.empty());
      }
    }
  }

  /** Makes the changes so far survive a restart. */
  public void commit() throws IOException {
    synchronized (writes) {
      opened().writer.commit();
    }
  }

  /**
   * Replaces the whole index with {@code offers}, built beside the current one, which keeps
   * answering searches until the new one is complete. Changes made meanwhile through {@link
   * #upsert} and {@link #delete} are applied to both. One rebuild at a time.
   *
   * @return how many offers the new index holds
   */
  public long rebuild(Stream<Offer> offers) throws IOException {
    synchronized (rebuilds) {
      opened();
      Directory directory = storage.next();
      IndexWriter writer = null;
      synchronized (writes) {
        changedDuringRebuild = new LinkedHashMap<>();
      }
      Generation previous;
      try {
        writer = writer(directory, IndexWriterConfig.OpenMode.CREATE, 256);
        IndexWriter w = writer;
        AtomicLong added = new AtomicLong();
        offers.forEach(offer -> {
          try {
            w.addDocument(OfferDocuments.document(offer, facetsConfig));
            added.incrementAndGet();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        synchronized (writes) {
          for (Map.Entry<UUID, Optional<Offer>> change : changedDuringRebuild.entrySet()) {
            Term id = idTerm(change.getKey());
            if (change.getValue().isPresent()) {
              w.updateDocument(id, OfferDocuments.document(change.getValue().get(), facetsConfig));
            } else {
              w.deleteDocuments(id);
            }
          }
          changedDuringRebuild = null;
          w.commit();
          previous = current;
          current = generation(directory, w);
          storage.makeCurrent(directory);
        }
        LOG.info(() -> "Catalogue index rebuilt: " + added.get() + " offers.");
      } catch (IOException | RuntimeException failed) {
        synchronized (writes) {
          changedDuringRebuild = null;
        }
        if (writer != null) {
          writer.rollback();
        }
        storage.discard(directory);
        throw failed;
      }
      retire(previous);
      return current.writer.getDocStats().numDocs;
    }
  }

  /** How many offers the index holds, changes not yet searched included. */
  public int size() {
    return opened().writer.getDocStats().numDocs;
  }

  /** A page of offers matching {@code query}, with the facets it asks for. */
  public CatalogueResults search(CatalogueQuery query) throws IOException {
    Query exact = queries.text(query.text(), false);
    return withSearcher(searcher -> {
      FacetsCollectorManager.FacetsResult found = collect(searcher, query, exact);
      // Near misses only when the words as typed do not fill the page: matching every word
      // with typos costs several times more, and exact results are what a worker wants.
      if (query.text() == null || total(found) >= query.offset() + query.pageSize()) {
        return page(searcher, query, exact, found, false);
      }
      // Expanded once against the index, for the search and the snippets alike: left to the
      // highlighter, each hit would build the Levenshtein automata of every word again.
      Query typos = searcher.rewrite(queries.text(query.text(), true));
      return page(searcher, query, typos, collect(searcher, query, typos), true);
    });
  }

  private interface SearcherWork<T> {
    T on(Searcher searcher) throws IOException;
  }

  // Runs on the freshest searcher of the current generation, released after.
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Generation g = opened();
      Searcher searcher;
      try {
        if (g.changed.getAndSet(false)) {
          g.manager.maybeRefreshBlocking();
        }
        searcher = (Searcher) g.manager.acquire();
      } catch (AlreadyClosedException rebuilt) {
        // A rebuild swapped generations between reading `current` and acquiring: try the new one.
        if (attempt == RETRIES) {
          throw rebuilt;
        }
        continue;
      }
      try {
        return work.on(searcher);
      } finally {
        g.manager.release(searcher);
      }
    }
  }

  // The top of the results, and every match for the facets.
  private FacetsCollectorManager.FacetsResult collect(
      Searcher searcher, CatalogueQuery query, Query text) throws IOException {
    Query lucene = queries.query(query, text);
    int wanted = Math.max(1, query.offset() + query.pageSize());
    return query.order() == CatalogueQuery.Order.DISTANCE
        ? FacetsCollectorManager.search(
            searcher,
            lucene,
            wanted,
            new Sort(
                LatLonDocValuesField.newDistanceSort(
                    OfferDocuments.LOCATION, query.near().latitude(), query.near().longitude())),
            new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, lucene, wanted, new FacetsCollectorManager());
  }

  private static long total(FacetsCollectorManager.FacetsResult result) {
    return result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }

  private CatalogueResults page(
      Searcher searcher,
      CatalogueQuery query,
      Query text,
      FacetsCollectorManager.FacetsResult result,
      boolean typos)
      throws IOException {
    boolean byDistance = query.order() == CatalogueQuery.Order.DISTANCE;
    ScoreDoc[] all = result.topDocs().scoreDocs;
    int from = Math.min(query.offset(), all.length);
    ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, STORED);
    }
    String[] snippets = snippets(searcher, text, page, docs, typos);
    List<CatalogueHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Double km = null;
      if (byDistance && page[i] instanceof FieldDoc field) {
        double meters = (Double) field.fields[0];
        km = Double.isInfinite(meters) ? null : meters / 1000;
      }
      hits.add(hit(docs[i], snippets[i], km));
    }
    return new CatalogueResults(
        total(result),
        query.page(),
        query.pageSize(),
        hits,
        facets(searcher, query, result.facetsCollector()));
  }

  private static final Set<String> STORED =
      Set.of(
          OfferDocuments.ID,
          OfferDocuments.TITLE,
          OfferDocuments.DESCRIPTION,
          OfferDocuments.PARTNER,
          OfferDocuments.PRICE_CENTS,
          CatalogueQuery.CATEGORY,
          CatalogueQuery.MODALITY,
          CatalogueQuery.CPF);

  private static CatalogueHit hit(Document doc, String snippet, Double km) {
    Number price =
        doc.getField(OfferDocuments.PRICE_CENTS) == null
            ? null
            : doc.getField(OfferDocuments.PRICE_CENTS).numericValue();
    return new CatalogueHit(
        UUID.fromString(doc.get(OfferDocuments.ID)),
        doc.get(OfferDocuments.TITLE),
        doc.get(OfferDocuments.PARTNER),
        Category.valueOf(doc.get(CatalogueQuery.CATEGORY)),
        Modality.valueOf(doc.get(CatalogueQuery.MODALITY)),
        price == null ? null : price.longValue(),
        Boolean.parseBoolean(doc.get(CatalogueQuery.CPF)),
        snippet,
        km);
  }

  // The passage of each description that best matches the text, HTML-escaped with <mark>s; the
  // start of the description when there is no text or it matched elsewhere.
  private String[] snippets(
      IndexSearcher searcher, Query text, ScoreDoc[] page, Document[] docs, boolean typos)
      throws IOException {
    String[] snippets = new String[page.length];
    if (page.length == 0) {
      return snippets;
    }
    Map<Integer, String> descriptions = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      descriptions.put(page[i].doc, docs[i].get(OfferDocuments.DESCRIPTION));
    }
    UnifiedHighlighter.Builder settings =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withHandleMultiTermQuery(typos)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withBreakIterator(() ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.FRENCH), SNIPPET_CHARS, 0.5f))
            .withMaxNoHighlightPassages(1);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(settings) {
          // The descriptions were read with the rest of each hit: stored fields are decompressed
          // per document, so reading them again here cost a tenth of a search. Cut as the
          // highlighter cuts what it reads itself.
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator ids, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int id = ids.nextDoc(); id != DocIdSetIterator.NO_MORE_DOCS; id = ids.nextDoc()) {
              String description = descriptions.get(id);
              values.add(
                  new CharSequence[] {
                    description == null
                        ? null
                        : description.substring(0, Math.min(getMaxLength(), description.length()))
                  });
            }
            return values;
          }
        };
    String[] found =
        text == null
            ? new String[page.length]
            : highlighter.highlight(OfferDocuments.DESCRIPTION, text, new TopDocs(null, page), 1);
    for (int i = 0; i < page.length; i++) {
      snippets[i] = found[i] != null ? found[i] : opening(docs[i].get(OfferDocuments.DESCRIPTION));
    }
    return snippets;
  }

  private static String opening(String description) {
    if (description == null) {
      return "";
    }
    String start =
        description.length() <= SNIPPET_CHARS
            ? description
            : description.substring(0, description.lastIndexOf(' ', SNIPPET_CHARS) + 1) + "…";
    return Html.escape(start);
  }

  private Map<String, List<FacetCount>> facets(
      Searcher searcher, CatalogueQuery query, FacetsCollector matching) throws IOException {
    if (query.facets().isEmpty() || searcher.facetState == null) {
      return Map.of();
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(searcher.facetState, matching);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dimension : CatalogueQuery.FACETS) {
      if (!query.facets().contains(dimension)) {
        continue;
      }
      List<FacetCount> values = new ArrayList<>();
      FacetResult result =
          dimensionKnown(searcher, dimension) ? counts.getAllChildren(dimension) : null;
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          if (lv.value.longValue() > 0) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      values.sort(
          Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      facets.put(dimension, values);
    }
    return facets;
  }

  // Asking for a dimension no document has would be an error in Lucene, not an empty count.
  private static boolean dimensionKnown(Searcher searcher, String dimension) {
    return searcher.facetState.getOrdRange(dimension) != null;
  }

  /**
   * Up to {@code limit} (at most {@value #SUGGESTIONS_MAX}) distinct offer titles for what is being
   * typed: every word typed, the last one possibly unfinished ({@code "bilan comp"} suggests "Bilan
   * de compétences"). Shorter titles first, as they are the more general.
   */
  public List<String> suggest(String prefix, int limit) throws IOException {
    if (prefix == null || prefix.strip().length() < 2 || limit <= 0) {
      return List.of();
    }
    Query query = queries.prefix(prefix);
    if (query == null) {
      return List.of();
    }
    int max = Math.min(limit, SUGGESTIONS_MAX);
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query, max * 25);
      StoredFields stored = searcher.storedFields();
      Map<String, String> distinct = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        String title = stored.document(sd.doc, TITLE_ONLY).get(OfferDocuments.TITLE);
        distinct.putIfAbsent(title.toLowerCase(Locale.ROOT), title);
      }
      return distinct.values().stream()
          .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
          .limit(max)
          .toList();
    });
  }

  private static final Set<String> TITLE_ONLY = Set.of(OfferDocuments.TITLE);

  /** Commits what was written and closes the index. */
  @Override
  public void close() throws IOException {
    synchronized (rebuilds) {
      synchronized (writes) {
        Generation g = current;
        current = null;
        if (g != null) {
          g.manager.close();
          g.writer.close();
          g.directory.close();
        }
      }
    }
  }

  private Generation opened() {
    Generation g = current;
    if (g == null) {
      throw new IllegalStateException("The catalogue index is not open: call open() first.");
    }
    return g;
  }

  private Generation emptyGeneration() throws IOException {
    Directory directory = storage.next();
    IndexWriter writer = writer(directory, IndexWriterConfig.OpenMode.CREATE, 64);
    writer.commit();
    storage.makeCurrent(directory);
    return generation(directory, writer);
  }

  private IndexWriter writer(Directory directory, IndexWriterConfig.OpenMode mode, int bufferMb)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(bufferMb);
    IndexWriter writer = new IndexWriter(directory, config);
    writer.setLiveCommitData(Map.of(SOURCE, source, LAYOUT, OfferDocuments.LAYOUT).entrySet());
    return writer;
  }

  private Generation generation(Directory directory, IndexWriter writer) throws IOException {
    return new Generation(
        directory, writer, new SearcherManager(writer, new Searchers(facetsConfig)));
  }

  // Searches still running on the previous generation finish on it; its files go when they do.
  private void retire(Generation previous) throws IOException {
    previous.manager.close();
    previous.writer.rollback();
    storage.discard(previous.directory);
  }

  private static Term idTerm(UUID id) {
    return new Term(OfferDocuments.ID, id.toString());
  }

  /** One index generation and the objects that write and search it. */
  private record Generation(
      Directory directory, IndexWriter writer, SearcherManager manager, AtomicBoolean changed) {
    Generation(Directory directory, IndexWriter writer, SearcherManager manager) {
      this(directory, writer, manager, new AtomicBoolean());
    }
  }

  /** A searcher with the facet ordinals of its reader, computed once per refresh. */
  private static final class Searcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;

    Searcher(IndexReader reader, FacetsConfig config) throws IOException {
      super(reader);
      this.facetState =
          hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    private static boolean hasFacets(IndexReader reader) {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
            != null) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Searchers extends SearcherFactory {
    private final FacetsConfig config;

    Searchers(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      return new Searcher(reader, config);
    }
  }
}
