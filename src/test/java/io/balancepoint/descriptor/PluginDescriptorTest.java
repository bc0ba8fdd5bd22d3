package io.balancepoint.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The plugin descriptor as the build filters it into target/classes is sound: it names only
 * classes, resources and i18n keys that exist in the plugin's sources, with unique module keys and
 * the fixed identities. The nested tests feed the same check broken descriptors.
 */
class PluginDescriptorTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    @Test
    void filteredDescriptorIsSound() throws IOException {
        String descriptor = filteredDescriptor();

        assertThat(PluginDescriptorCheck.forProject(PROJECT).problems(descriptor)).isEmpty();
    }

    @Test
    void filteredDescriptorCarriesTheKeyAndTheProjectVersion() throws Exception {
        Element root = parse(filteredDescriptor()).getDocumentElement();
        Element pom = parse(Files.readString(PROJECT.resolve("pom.xml"))).getDocumentElement();

        assertThat(root.getAttribute("key")).isEqualTo("io.balancepoint.balance-point");
        Element pluginInfo = (Element) root.getElementsByTagName("plugin-info").item(0);
        assertThat(childText(pluginInfo, "version")).isEqualTo(childText(pom, "version")).isNotBlank();
        assertThat(root.getAttribute("name")).isEqualTo(childText(pom, "name"));
    }

    @Test
    void jiraProfileImportsJsmOptionally() {
        // Also proves the pom reader finds the instruction the host-class check relies on.
        assertThat(PluginDescriptorCheck.jiraImportPackage(PROJECT.resolve("pom.xml")))
                .contains("com.atlassian.servicedesk.*");
    }

    @Test
    void springScannerContextShipsOnlyInThePlugin() throws Exception {
        Path context = PROJECT.resolve("src/jira/resources/META-INF/spring/plugin-context.xml");

        Document document = parseNamespaceAware(Files.readString(context));
        assertThat(document.getElementsByTagNameNS("http://www.atlassian.com/schema/atlassian-scanner/2", "scan-indexes")
                .getLength()).isEqualTo(1);
        assertThat(getClass().getResource("/META-INF/spring/plugin-context.xml"))
                .as("the default build must not package the Jira-only Spring context")
                .isNull();
    }

    /** The same check against a small project of its own, so each broken descriptor shows its one problem. */
    @Nested
    class BrokenDescriptors {

        @TempDir
        Path project;

        private PluginDescriptorCheck check;

        @BeforeEach
        void createProject() throws IOException {
            write("src/main/resources/i18n/test.properties", "known.name=Known\nknown.label=Label\n");
            write("src/main/resources/js/panel.js", "");
            write("src/main/java/io/balancepoint/store/CostLineEntity.java", "");
            write("src/main/java/io/balancepoint/rest/CostResource.java", "");
            write("src/jira/java/io/balancepoint/jira/IssuePanel.java", "");
            write("src/workbench/java/io/balancepoint/workbench/DemoPanel.java", "");
            check = new PluginDescriptorCheck(new PluginDescriptorCheck.Layout(project),
                    List.of("com.atlassian.servicedesk.*", "com.atlassian.jira.plugin.webfragment.conditions"));
        }

        private void write(String relative, String content) throws IOException {
            Path file = project.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }

        private List<String> problemsWith(String modules) {
            return check.problems("""
                    <atlassian-plugin key="io.balancepoint.balance-point" name="Test" i18n-name-key="known.name" plugins-version="2">
                        <plugin-info><version>1.0</version></plugin-info>
                        <resource type="i18n" name="i18n" location="i18n.test"/>
                    %s
                    </atlassian-plugin>
                    """.formatted(modules));
        }

        @Test
        void soundModulesOfEveryKindPass() {
            assertThat(problemsWith("""
                    <ao key="ao" namespace="io.balancepoint">
                        <entity>io.balancepoint.store.CostLineEntity</entity>
                    </ao>
                    <rest key="rest" path="/balance-point" version="1.0">
                        <package>io.balancepoint.rest</package>
                    </rest>
                    <web-panel key="panel" location="atl.jira.view.issue.right.context" class="io.balancepoint.jira.IssuePanel">
                        <label key="known.label"/>
                        <condition class="com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition"/>
                    </web-panel>
                    <web-resource key="panel-resources">
                        <resource type="download" name="panel.js" location="/js/panel.js"/>
                    </web-resource>
                    """)).isEmpty();
        }

        @Test
        void reportsMalformedXml() {
            assertThat(check.problems("<atlassian-plugin key=\"io.balancepoint.balance-point\">"))
                    .singleElement().asString().startsWith("not well-formed XML");
        }

        @Test
        void reportsAWrongPluginKey() {
            assertThat(check.problems("<atlassian-plugin key=\"io.balancepoint.other\"/>"))
                    .containsExactly("plugin key is 'io.balancepoint.other', expected 'io.balancepoint.balance-point'");
        }

        @Test
        void reportsAMissingEntityClass() {
            assertThat(problemsWith("""
                    <ao key="ao" namespace="io.balancepoint">
                        <entity>io.balancepoint.store.Missing</entity>
                    </ao>
                    """)).containsExactly("class io.balancepoint.store.Missing (<entity> in <ao key=\"ao\">)"
                    + " does not exist in src/main/java or src/jira/java");
        }

        @Test
        void reportsAMissingClassInAnyAttributeThatNamesOne() {
            assertThat(problemsWith("""
                    <webwork1 key="actions"><actions>
                        <action name="io.balancepoint.admin.MissingAction" alias="BalancePointAdmin"/>
                    </actions></webwork1>
                    """)).singleElement().asString()
                    .startsWith("class io.balancepoint.admin.MissingAction (<action> in <webwork1 key=\"actions\"> name=)");
        }

        @Test
        void reportsAClassThatOnlyTheWorkbenchHas() {
            assertThat(problemsWith("""
                    <web-panel key="panel" location="atl.jira.view.issue.right.context" class="io.balancepoint.workbench.DemoPanel"/>
                    """)).singleElement().asString().contains("is only in src/workbench/java");
        }

        @Test
        void reportsAJiraClassWhosePackageIsNotImported() {
            assertThat(problemsWith("""
                    <web-item key="item" section="admin_plugins_menu/balance-point">
                        <condition class="com.atlassian.jira.plugin.webfragment.conditions.admin.Missing"/>
                        <condition class="com.atlassian.sal.api.Other"/>
                        <condition class="org.example.Foreign"/>
                    </web-item>
                    """)).satisfiesExactly(
                    p -> assertThat(p).contains("package com.atlassian.jira.plugin.webfragment.conditions.admin must be listed"),
                    p -> assertThat(p).contains("package com.atlassian.sal.api must be listed"),
                    p -> assertThat(p).contains("org.example.Foreign").contains("neither the plugin's"));
        }

        @Test
        void reportsADuplicateModuleKey() {
            assertThat(problemsWith("""
                    <web-resource key="panel"/>
                    <web-panel key="panel" location="atl.jira.view.issue.right.context"/>
                    """)).containsExactly("module key 'panel' is used twice: by <web-resource> and <web-panel>");
        }

        @Test
        void reportsAModuleWithoutKey() {
            assertThat(problemsWith("<web-resource/>")).containsExactly("module <web-resource> has no key");
        }

        @Test
        void reportsMissingI18nKeysInTextElementsAndKeyAttributes() {
            assertThat(problemsWith("""
                    <web-section key="section" location="admin_plugins_menu" i18n-name-key="missing.name">
                        <label key="missing.label"/>
                    </web-section>
                    """)).containsExactly(
                    "i18n key 'missing.name' (<web-section key=\"section\"> i18n-name-key=) is not in the i18n bundles",
                    "i18n key 'missing.label' (<label> in <web-section key=\"section\"> key=) is not in the i18n bundles");
        }

        @Test
        void reportsAMissingI18nBundle() {
            assertThat(problemsWith("<resource type=\"i18n\" name=\"other\" location=\"i18n.other\"/>"))
                    .singleElement().asString().startsWith("i18n bundle 'i18n.other' in <resource>: no i18n/other.properties");
        }

        @Test
        void reportsAMissingResourceFile() {
            assertThat(problemsWith("""
                    <web-resource key="res">
                        <resource type="download" name="gone.js" location="js/gone.js"/>
                    </web-resource>
                    """)).containsExactly("resource location 'js/gone.js' in <resource> in <web-resource key=\"res\">"
                    + " does not exist in src/main/resources or src/jira/resources");
        }

        @Test
        void reportsAWrongActiveObjectsNamespace() {
            assertThat(problemsWith("<ao key=\"ao\" namespace=\"io.balancepoint.balance-point\"/>"))
                    .singleElement().asString().contains("expected 'io.balancepoint'");
        }

        @Test
        void reportsAWrongRestPathAndAMissingRestPackage() {
            assertThat(problemsWith("""
                    <rest key="rest" path="/balancepoint" version="1.0">
                        <package>io.balancepoint.nothing</package>
                    </rest>
                    """)).satisfiesExactly(
                    p -> assertThat(p).contains("expected /balance-point version 1.0"),
                    p -> assertThat(p).startsWith("package io.balancepoint.nothing"));
        }

        @Test
        void reportsUnfilledPlaceholders() {
            assertThat(problemsWith("<web-resource key=\"${missing.property}\"/>"))
                    .singleElement().asString().startsWith("unfilled placeholder in <web-resource");
        }
    }

    private static String filteredDescriptor() throws IOException {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml copied to target/classes by the build").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Text of the first direct child {@code tag} of {@code parent}. */
    private static String childText(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
    }

    private static Document parseNamespaceAware(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
