// Draws the sets in data.json (read from the Overlap page by bench/run.mjs) as an UpSet.js chart of distinct intersections.
(async () => {
  const data = await (await fetch("data.json")).json(); // { sets: [{ name, elems: [area id, …] }, …] } in Overlap's actor order
  // From the data in hand to the frame painted after the chart is drawn (the bench's timing of a reader's data).
  const start = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => (window.upsetTime = performance.now() - start))));
  const sets = UpSetJS.asSets(data.sets);
  const combinations = UpSetJS.generateCombinations(sets, { type: "distinctIntersection", order: ["cardinality:desc", "degree:asc"] });
  UpSetJS.render(document.getElementById("chart"), { sets, combinations, width: 760, height: 420 });
  // What was drawn, for the benchmark to check that it matches the Overlap chart.
  window.upsetDrawn = {
    sets: sets.map((s) => ({ id: s.name, size: s.cardinality })),
    combinations: combinations.map((c) => ({ sets: [...c.sets].map((s) => s.name).sort(), size: c.cardinality })),
  };
})();
