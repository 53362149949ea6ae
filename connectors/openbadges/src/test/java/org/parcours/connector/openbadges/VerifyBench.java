package org.parcours.connector.openbadges;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parcours.connector.openbadges.issuer.Ed25519Key;
import org.parcours.connector.openbadges.issuer.VcJwtSigner;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport.Verdict;

/**
 * Micro-benchmark, not a test: VC-JWT (EdDSA, did:key) and eddsa-rdfc-2022 verifications per
 * second, with p99, on one and two threads. Run with {@code -Dparcours.data.dir=...} on the test
 * class path.
 */
public final class VerifyBench {

  private VerifyBench() {}

  public static void main(String[] args) throws Exception {
    Connector connector = Fixtures.connector();
    Recipient recipient = Fixtures.subject();
    String did = "did:key:" + Fixtures.TEST_KEY;
    String jwt =
        new VcJwtSigner(
                Ed25519Key.fromMultibase(Fixtures.TEST_SECRET, did + "#" + Fixtures.TEST_KEY))
            .sign(
                VerificationTest.object(
                    "openbadges3/test-vector-eddsa-rdfc-2022/credential-unsigned.json"));
    CredentialInput token = CredentialInput.ofText(jwt);
    CredentialInput rdfc =
        Fixtures.input("openbadges3/test-vector-eddsa-rdfc-2022/credential-signed.json");
    if (connector.verify(rdfc, recipient).verdict() != Verdict.VERIFIED) {
      throw new IllegalStateException("rdfc sample does not verify");
    }
    for (int threads : new int[] {1, 2}) {
      run("VC-JWT EdDSA", connector, token, recipient, threads, 20_000);
      run("eddsa-rdfc-2022", connector, rdfc, recipient, threads, 3_000);
    }
  }

  private static void run(
      String name,
      Connector connector,
      CredentialInput input,
      Recipient recipient,
      int threads,
      int perThread)
      throws Exception {
    for (int i = 0; i < perThread; i++) {
      connector.verify(input, recipient); // warm-up
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(() -> {
            long[] latencies = new long[perThread];
            for (int i = 0; i < perThread; i++) {
              long s = System.nanoTime();
              connector.verify(input, recipient);
              latencies[i] = System.nanoTime() - s;
            }
            return latencies;
          }));
    }
    long[] all = new long[threads * perThread];
    int k = 0;
    for (Future<long[]> f : futures) {
      for (long l : f.get()) {
        all[k++] = l;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    System.out.printf(
        "%-16s threads=%d  %8.0f verifications/s  p50=%.2f ms  p99=%.2f ms%n",
        name,
        threads,
        all.length / seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6);
  }
}
