package io.balancepoint.descriptor;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an {@code atlassian-plugin.xml} against the project: every class, package, resource and
 * i18n key it names must exist in what ships in the plugin ({@code src/main} and {@code src/jira};
 * not {@code src/workbench}), module keys must be unique and the fixed identities must hold.
 * Generic over module types, so modules added later are covered without changing this class.
 * Classes are looked up as source files because the Jira adapters are not compiled in this build.
 */
final class PluginDescriptorCheck {

    static final String PLUGIN_KEY = "io.balancepoint.balance-point";
    static final String AO_NAMESPACE = "io.balancepoint";
    static final String REST_PATH = "/balance-point";
    static final String REST_VERSION = "1.0";

    /** Elements whose text is a class name. */
    private static final Set<String> CLASS_ELEMENTS = Set.of("entity", "upgradeTask");
    /** Attributes whose value is a class or interface name. */
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "interface");
    /** Elements whose {@code key} is an i18n key; on a module, {@code key} is the module's own key. */
    private static final Set<String> TEXT_ELEMENTS = Set.of("label", "description", "tooltip", "title", "heading");
    /** Children of the root that are not modules and therefore have no key. */
    private static final Set<String> NOT_MODULES = Set.of("plugin-info", "resource");
    /** Any value spelled like one of our class names is checked, whatever element or attribute holds it. */
    private static final Pattern PROJECT_CLASS =
            Pattern.compile("io\\.balancepoint(\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*(\\$\\w+)*");
    private static final String PROJECT_PACKAGE_PREFIX = "io.balancepoint.";
    /** Classes Jira provides; they cannot be checked here, only that their package is imported. */
    private static final String HOST_PACKAGE_PREFIX = "com.atlassian.";

    private final Layout layout;
    private final List<String> importPackagePatterns;

    /**
     * @param layout where sources and resources are
     * @param importPackagePatterns the entries of the plugin's OSGi {@code Import-Package}
     *     instruction (package names or {@code prefix.*}, attributes stripped)
     */
    PluginDescriptorCheck(Layout layout, List<String> importPackagePatterns) {
        this.layout = layout;
        this.importPackagePatterns = List.copyOf(importPackagePatterns);
    }

    /** A check of the project in {@code base}, with the Import-Package of its pom's jira profile. */
    static PluginDescriptorCheck forProject(Path base) {
        return new PluginDescriptorCheck(new Layout(base), jiraImportPackage(base.resolve("pom.xml")));
    }

    /** Every problem found, in document order; empty when the descriptor is sound. */
    List<String> problems(String descriptorXml) {
        Document document;
        try {
            document = parse(new InputSource(new StringReader(descriptorXml)));
        } catch (SAXException e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Element root = document.getDocumentElement();
        checkRoot(root, problems);
        checkModuleKeys(root, problems);
        Set<String> i18nKeys = checkResources(root, problems);
        for (Element element : descendantsAndSelf(root)) {
            checkPlaceholders(element, problems);
            checkClassNames(element, problems);
            checkI18nKeys(element, i18nKeys, problems);
            checkFixedIdentities(element, problems);
        }
        return problems;
    }

    private static void checkRoot(Element root, List<String> problems) {
        if (!root.getTagName().equals("atlassian-plugin")) {
            problems.add("root element is <" + root.getTagName() + ">, expected <atlassian-plugin>");
        }
        if (!PLUGIN_KEY.equals(root.getAttribute("key"))) {
            problems.add("plugin key is '" + root.getAttribute("key") + "', expected '" + PLUGIN_KEY + "'");
        }
    }

    private static void checkModuleKeys(Element root, List<String> problems) {
        Map<String, Element> byKey = new LinkedHashMap<>();
        for (Element module : children(root)) {
            if (NOT_MODULES.contains(module.getTagName())) {
                continue;
            }
            String key = module.getAttribute("key");
            if (key.isBlank()) {
                problems.add("module <" + module.getTagName() + "> has no key");
            } else if (byKey.containsKey(key)) {
                problems.add("module key '" + key + "' is used twice: by <" + byKey.get(key).getTagName()
                        + "> and <" + module.getTagName() + ">");
            } else {
                byKey.put(key, module);
            }
        }
    }

    /** Checks every resource location and returns the keys of all i18n bundles found. */
    private Set<String> checkResources(Element root, List<String> problems) {
        Set<String> i18nKeys = new HashSet<>();
        for (Element resource : descendantsAndSelf(root)) {
            if (!resource.getTagName().equals("resource")) {
                continue;
            }
            String location = resource.getAttribute("location");
            if (location.isBlank()) {
                problems.add("<resource name=\"" + resource.getAttribute("name") + "\"> in " + where(resource)
                        + " has no location");
            } else if (resource.getAttribute("type").equals("i18n")) {
                String bundle = location.replace('.', '/') + ".properties";
                layout.findResource(bundle).ifPresentOrElse(
                        file -> i18nKeys.addAll(keysOf(file)),
                        () -> problems.add("i18n bundle '" + location + "' in " + where(resource) + ": no "
                                + bundle + " in " + layout.resourceRootNames()));
            } else if (layout.isBuiltUi(location)) {
                if (layout.uiBuildPresent() && layout.findBuiltUi(location).isEmpty()) {
                    problems.add("resource location '" + location + "' in " + where(resource)
                            + " is not built: no target/classes/" + location + " (run the UI build)");
                }
            } else if (layout.findResource(location).isEmpty()) {
                problems.add("resource location '" + location + "' in " + where(resource) + " does not exist in "
                        + layout.resourceRootNames());
            }
        }
        return i18nKeys;
    }

    private static void checkPlaceholders(Element element, List<String> problems) {
        for (Attr attribute : attributes(element)) {
            if (attribute.getValue().contains("${")) {
                problems.add("unfilled placeholder in " + where(element) + " " + attribute.getName() + "=\""
                        + attribute.getValue() + "\"");
            }
        }
        String text = ownText(element);
        if (text.contains("${")) {
            problems.add("unfilled placeholder in the text of " + where(element) + ": " + text);
        }
    }

    private void checkClassNames(Element element, List<String> problems) {
        for (Attr attribute : attributes(element)) {
            String value = attribute.getValue().trim();
            if (CLASS_ATTRIBUTES.contains(attribute.getName()) || PROJECT_CLASS.matcher(value).matches()) {
                checkClass(value, where(element) + " " + attribute.getName() + "=", problems);
            }
        }
        if (children(element).isEmpty()) {
            String text = element.getTextContent().trim();
            if (CLASS_ELEMENTS.contains(element.getTagName()) || PROJECT_CLASS.matcher(text).matches()) {
                checkClass(text, where(element), problems);
            }
        }
    }

    private void checkClass(String className, String where, List<String> problems) {
        if (className.startsWith(PROJECT_PACKAGE_PREFIX)) {
            String source = className.replaceFirst("\\$.*", "").replace('.', '/') + ".java";
            if (layout.findJava(source).isPresent()) {
                return;
            }
            if (Files.isRegularFile(layout.workbenchJavaRoot().resolve(source))) {
                problems.add("class " + className + " (" + where + ") is only in src/workbench/java,"
                        + " which is not part of the plugin");
            } else {
                problems.add("class " + className + " (" + where + ") does not exist in src/main/java or src/jira/java");
            }
        } else if (className.startsWith(HOST_PACKAGE_PREFIX)) {
            String packageName = className.substring(0, Math.max(className.lastIndexOf('.'), 0));
            if (!imported(packageName)) {
                problems.add("class " + className + " (" + where + ") is Jira's: its package " + packageName
                        + " must be listed in Import-Package of the jira profile (bnd cannot see classes"
                        + " named only in the descriptor)");
            }
        } else {
            problems.add("class " + className + " (" + where + ") is neither the plugin's (" + PROJECT_PACKAGE_PREFIX
                    + "*) nor Jira's (" + HOST_PACKAGE_PREFIX + "*)");
        }
    }

    private boolean imported(String packageName) {
        for (String pattern : importPackagePatterns) {
            if (pattern.endsWith(".*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                if (packageName.equals(prefix) || packageName.startsWith(prefix + ".")) {
                    return true;
                }
            } else if (pattern.equals(packageName)) {
                return true;
            }
        }
        return false;
    }

    private static void checkI18nKeys(Element element, Set<String> i18nKeys, List<String> problems) {
        for (Attr attribute : attributes(element)) {
            boolean textKey = attribute.getName().equals("key") && TEXT_ELEMENTS.contains(element.getTagName());
            if ((textKey || attribute.getName().endsWith("-key")) && !i18nKeys.contains(attribute.getValue())) {
                problems.add("i18n key '" + attribute.getValue() + "' (" + where(element) + " " + attribute.getName()
                        + "=) is not in the i18n bundles");
            }
        }
    }

    private void checkFixedIdentities(Element element, List<String> problems) {
        switch (element.getTagName()) {
            case "ao" -> {
                if (!AO_NAMESPACE.equals(element.getAttribute("namespace"))) {
                    problems.add(where(element) + " has namespace '" + element.getAttribute("namespace")
                            + "', expected '" + AO_NAMESPACE + "' (it fixes the table names)");
                }
            }
            case "rest" -> {
                if (!REST_PATH.equals(element.getAttribute("path"))
                        || !REST_VERSION.equals(element.getAttribute("version"))) {
                    problems.add(where(element) + " serves " + element.getAttribute("path") + " version "
                            + element.getAttribute("version") + ", expected " + REST_PATH + " version " + REST_VERSION);
                }
            }
            case "package" -> {
                String packageName = element.getTextContent().trim();
                if (layout.findJava(packageName.replace('.', '/')).isEmpty()) {
                    problems.add("package " + packageName + " (" + where(element)
                            + ") does not exist in src/main/java or src/jira/java");
                }
            }
            default -> {
            }
        }
    }

    /** A readable position: the element and the module it belongs to. */
    private static String where(Element element) {
        Element module = element;
        while (module.getParentNode() instanceof Element parent && parent.getParentNode() instanceof Element) {
            module = parent;
        }
        String key = module.hasAttribute("key") ? " key=\"" + module.getAttribute("key") + "\"" : "";
        String moduleName = "<" + module.getTagName() + key + ">";
        return module == element ? moduleName : "<" + element.getTagName() + "> in " + moduleName;
    }

    private static Set<String> keysOf(Path bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + bundle, e);
        }
        return properties.stringPropertyNames();
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().trim();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<Element> descendantsAndSelf(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(children(all.get(i)));
        }
        return all;
    }

    private static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        return attributes;
    }

    /** The package patterns of the Import-Package instruction in the jira profile of {@code pom}. */
    static List<String> jiraImportPackage(Path pom) {
        try {
            Document document = parse(new InputSource(pom.toUri().toString()));
            String instruction = (String) XPathFactory.newInstance().newXPath().evaluate(
                    "/project/profiles/profile[id='jira']/build/plugins/plugin[artifactId='jira-maven-plugin']"
                            + "/configuration/instructions/Import-Package",
                    document, XPathConstants.STRING);
            List<String> patterns = new ArrayList<>();
            // Entries are comma-separated; commas inside quoted version ranges do not separate.
            for (String entry : instruction.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String pattern = entry.split(";", 2)[0].trim();
                if (!pattern.isEmpty() && !pattern.equals("*") && !pattern.startsWith("!")) {
                    patterns.add(pattern);
                }
            }
            return patterns;
        } catch (SAXException | XPathExpressionException e) {
            throw new IllegalStateException("cannot read the jira profile of " + pom, e);
        }
    }

    private static Document parse(InputSource source) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(source);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + source.getSystemId(), e);
        }
    }

    /** Where the plugin's sources and resources are, below the project directory {@code base}. */
    record Layout(Path base) {

        List<Path> javaRoots() {
            return List.of(base.resolve("src/main/java"), base.resolve("src/jira/java"));
        }

        Path workbenchJavaRoot() {
            return base.resolve("src/workbench/java");
        }

        List<Path> resourceRoots() {
            return List.of(base.resolve("src/main/resources"), base.resolve("src/jira/resources"));
        }

        String resourceRootNames() {
            return "src/main/resources or src/jira/resources";
        }

        /**
         * Locations under {@code ui/} are the UI build's output (target/classes/ui), not sources. They are
         * checked once the UI build is part of the project (src/main/ui exists); before that they cannot exist.
         */
        boolean isBuiltUi(String location) {
            return location.replaceFirst("^/+", "").startsWith("ui/");
        }

        boolean uiBuildPresent() {
            return Files.isDirectory(base.resolve("src/main/ui"));
        }

        Optional<Path> findBuiltUi(String location) {
            return find(List.of(base.resolve("target/classes")), location.replaceFirst("^/+", ""));
        }

        /** A source file or package directory, relative to a Java root. */
        Optional<Path> findJava(String relative) {
            return find(javaRoots(), relative);
        }

        /** A resource file or directory; a leading slash is allowed, as in descriptor locations. */
        Optional<Path> findResource(String location) {
            return find(resourceRoots(), location.replaceFirst("^/+", ""));
        }

        private static Optional<Path> find(List<Path> roots, String relative) {
            return roots.stream().map(root -> root.resolve(relative)).filter(Files::exists).findFirst();
        }
    }
}
