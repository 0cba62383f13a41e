package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The node table one parse gives back is the next parse's, empty and holding nothing of the last page. */
class PageNodesTest {
    @Test
    void aReleasedTableIsLentAgainEmptyAndHoldsNoNodeOfThePreviousPage() {
        PageNodes.borrow(64).release(); // whatever another test left is now a known spare
        PageNodes first = PageNodes.borrow(64);
        for (int i = 0; i < 100; i++) {
            first.add("text " + i, PageNodes.TEXT, i - 1);
        }
        first.release();

        PageNodes second = PageNodes.borrow(64);
        assertThat(second).isSameAs(first);
        assertThat(second.size).isZero();
        assertThat(Arrays.stream(second.node).allMatch(n -> n == null)).isTrue();
        assertThat(PageNodes.borrow(64)).as("one table is lent to one parse only").isNotSameAs(second);
    }

    @Test
    void aSpareTooSmallForThePageIsNotLent() {
        PageNodes small = PageNodes.borrow(64);
        small.release();
        PageNodes big = PageNodes.borrow(small.node.length + 1);
        assertThat(big).isNotSameAs(small);
        assertThat(big.node.length).isGreaterThan(small.node.length);
    }

    @Test
    void aHugeTableIsNotKept() {
        PageNodes huge = new PageNodes(PageNodes.MAX_KEPT + 1);
        huge.release();
        assertThat(PageNodes.borrow(64)).isNotSameAs(huge);
    }
}
