package org.parcours.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::127.0.0.1",
        "224.0.0.1", "255.255.255.255", "64:ff9b::a9fe:a9fe"
      })
  void internalAddressesAreRefused(String address) throws Exception {
    assertThat(AddressPolicy.allowing("").permits(InetAddress.getByName(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "2606:4700::6810:84e5", "8.8.8.8"})
  void publicAddressesArePermitted(String address) throws Exception {
    assertThat(AddressPolicy.allowing("").permits(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.7"})
  void anAdministratorMayAllowARange(String address) throws Exception {
    assertThat(
            AddressPolicy.allowing("127.0.0.0/29, 10.0.0.1")
                .permits(InetAddress.getByName(address)))
        .isTrue();
    assertThat(AddressPolicy.allowing("127.0.0.0/29").permits(InetAddress.getByName("10.0.0.1")))
        .isFalse();
  }
}
