package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class LaunchAgentPlistTest {
    private static final Path LOG = Path.of("/Users/ada/Library/Logs/invite-ledger.log");

    @Test
    void isAWellFormedPlistWithTheLaunchAgentKeys() throws Exception {
        LaunchCommand command = LaunchCommand.ofLauncher(
                Path.of("/Applications/Invite Ledger.app/Contents/MacOS/invite-ledger"), "test");

        Element dict = topDict(LaunchAgentPlist.render(command, LOG));

        assertThat(value(dict, "Label").getTextContent()).isEqualTo("dev.inviteledger.agent");
        assertThat(strings(value(dict, "ProgramArguments")))
                .containsExactly("/Applications/Invite Ledger.app/Contents/MacOS/invite-ledger", "serve");
        assertThat(value(dict, "RunAtLoad").getNodeName()).isEqualTo("true");
        Element keepAlive = value(dict, "KeepAlive");
        assertThat(value(keepAlive, "SuccessfulExit").getNodeName()).isEqualTo("false");
        assertThat(value(dict, "ThrottleInterval").getTextContent()).isEqualTo("10");
        assertThat(value(dict, "StandardErrorPath").getTextContent()).isEqualTo(LOG.toString());
    }

    @Test
    void escapesXmlInArguments() throws Exception {
        LaunchCommand command = new LaunchCommand(List.of("/Users/a&b/<x>/invite-ledger", "serve"), "test");

        String text = LaunchAgentPlist.render(command, LOG);

        assertThat(text).contains("/Users/a&amp;b/&lt;x&gt;/invite-ledger");
        assertThat(strings(value(topDict(text), "ProgramArguments"))).first().isEqualTo("/Users/a&b/<x>/invite-ledger");
    }

    private static Element topDict(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // do not fetch Apple's DTD from the network
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return (Element) doc.getDocumentElement().getElementsByTagName("dict").item(0);
    }

    /** The element that follows {@code <key>name</key>} in a plist dict. */
    private static Element value(Element dict, String key) {
        List<Element> children = elements(dict.getChildNodes());
        for (int i = 0; i < children.size() - 1; i++) {
            if (children.get(i).getNodeName().equals("key") && children.get(i).getTextContent().equals(key)) {
                return children.get(i + 1);
            }
        }
        throw new AssertionError("no key " + key);
    }

    private static List<String> strings(Element array) {
        return elements(array.getChildNodes()).stream().map(Node::getTextContent).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
