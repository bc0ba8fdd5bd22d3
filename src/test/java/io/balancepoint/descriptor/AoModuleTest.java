package io.balancepoint.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.store.ao.StoreSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor's Active Objects module declares exactly the entities the stores use, under the fixed namespace. */
class AoModuleTest {

    @Test
    void aoModuleListsEveryStoreEntityUnderTheFixedNamespace() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(Path.of("atlassian-plugin.xml").toFile());
        NodeList modules = doc.getElementsByTagName("ao");
        assertThat(modules.getLength()).isEqualTo(1);
        Element ao = (Element) modules.item(0);
        assertThat(ao.getAttribute("namespace")).isEqualTo(AoNamespace.NAMESPACE);
        NodeList entities = ao.getElementsByTagName("entity");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < entities.getLength(); i++) {
            declared.add(entities.item(i).getTextContent().trim());
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                StoreSchema.ENTITIES.stream().map(Class::getName).toList());
    }
}
