package io.github.ballkit.corpus;

import static io.github.ballkit.corpus.RoundTrip.decodesAndEncodesBack;
import static io.github.ballkit.corpus.RoundTrip.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ballkit.corpus.arrays.api.GridsApi;
import io.github.ballkit.corpus.arrays.model.Grid;
import io.github.ballkit.corpus.arrays.model.GridCellsInnerInner;
import io.github.ballkit.corpus.arrays.model.ListRows200ResponseInnerInner;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Arrays of arrays of inline objects, arrays of maps, maps of arrays and sets. */
class NestedContainersTest extends Stub {
  private static final String GRID =
      json(
          "{'cells':[[{'value':1,'note':'a'},{'value':2}],[]],'matrix':[[0.5,1.5],[2.0]],"
              + "'cube':[[['x']]],'points':[{'x':1,'y':2}],'groups':{'g':['a','b']},"
              + "'records':[{'k':1}],'uniqueNames':['n1','n2']}");

  @Test
  void arraysOfArraysOfInlineObjectsDecodeIntoTheInlineModel() {
    Grid grid = decodesAndEncodesBack(GRID, Grid.class);

    GridCellsInnerInner first = grid.cells().get(0).get(0);
    assertThat(first.value()).isEqualTo(1);
    assertThat(first.note()).isEqualTo("a");
    assertThat(grid.cells().get(1)).isEmpty();
    assertThat(grid.matrix()).containsExactly(List.of(0.5, 1.5), List.of(2.0));
    assertThat(grid.cube().get(0).get(0)).containsExactly("x");
    assertThat(grid.points().get(0).y()).isEqualTo(2);
    assertThat(grid.groups().get("g")).containsExactly("a", "b");
    assertThat(grid.records().get(0)).containsEntry("k", 1);
  }

  @Test
  void uniqueItemsBecomeASetKeepingOrder() {
    Grid grid = decodesAndEncodesBack(GRID, Grid.class);

    assertThat(grid.uniqueNames()).isInstanceOf(Set.class).containsExactly("n1", "n2");
  }

  @Test
  void nestedListsAreUnmodifiable() {
    Grid grid = decodesAndEncodesBack(GRID, Grid.class);

    assertThatThrownBy(() -> grid.cells().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTopLevelArrayOfArraysOfInlineObjectsIsTheReturnType() {
    answer(200, json("[[{'x':1},{'x':2}],[{'x':3}]]"));

    List<List<ListRows200ResponseInnerInner>> rows = api(GridsApi.class).listRows();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(1).x()).isEqualTo(2);
    assertThat(request().getUrl()).isEqualTo("/grids/rows");
  }

  @Test
  void aBuiltGridIsSentAsTheJsonBody() {
    answer(200, GRID);
    Grid grid =
        Grid.builder()
            .cells(List.of(List.of(GridCellsInnerInner.builder().value(7).build())))
            .build();

    Grid answered = api(GridsApi.class).createGrid(grid);

    assertThat(request().getMethod().getName()).isEqualTo("POST");
    assertThat(RoundTrip.tree(request().getBodyAsString()))
        .isEqualTo(RoundTrip.tree("{\"cells\":[[{\"value\":7}]]}"));
    assertThat(answered.uniqueNames()).contains("n2");
  }
}
