// Parse a GEXF file with graphology-gexf, the parser Gephi Lite uses; print counts as JSON.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";

const text = readFileSync(process.argv[2], "utf-8");
const graph = gexf.parse(Graph, text, { allowUndeclaredAttributes: false });
const node = graph.nodes()[0];
console.log(JSON.stringify({
  order: graph.order,
  size: graph.size,
  multi: graph.multi,
  firstNode: node ? graph.getNodeAttributes(node) : null,
}));
