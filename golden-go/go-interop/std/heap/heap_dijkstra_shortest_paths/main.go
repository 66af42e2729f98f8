package main

import (
	"container/heap"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Edge struct {
	to string
	km int
}

func (v Edge) String() string {
	return "Edge { to: " + lisette.FormatValue(v.to) + ", km: " + lisette.FormatValue(v.km) + " }"
}

type Entry struct {
	node string
	dist int
}

func (v Entry) String() string {
	return "Entry { node: " + lisette.FormatValue(v.node) + ", dist: " + lisette.FormatValue(v.dist) + " }"
}

type Frontier struct {
	entries []Entry
}

func (v Frontier) String() string {
	return "Frontier { entries: " + lisette.FormatValue(v.entries) + " }"
}

func (self *Frontier) Len() int {
	return len(self.entries)
}

func (self *Frontier) Less(i, j int) bool {
	a := self.entries[i]
	b := self.entries[j]
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	return a.node < b.node
}

func (self *Frontier) Swap(i, j int) {
	t := self.entries[i]
	self.entries[i] = self.entries[j]
	self.entries[j] = t
}

func (self *Frontier) Push(x any) {
	subject := lisette.AssertType[Entry](x)
	if subject.Tag != lisette.OptionSome {
		panic("frontier holds entries only")
	}
	e := subject.SomeVal
	self.entries = append(self.entries, e)
}

func (self *Frontier) Pop() any {
	n := len(self.entries)
	e := self.entries[n-1]
	self.entries = lisette.SliceRange(self.entries, 0, n-1)
	return e
}

func shortest(graph map[string][]Edge, start string) map[string]int {
	dist := map[string]int{}
	frontier := Frontier{entries: []Entry{}}
	f := &frontier
	heap.Push(f, Entry{node: start, dist: 0})
	for f.Len() > 0 {
		subject2 := lisette.AssertType[Entry](heap.Pop(f))
		if subject2.Tag != lisette.OptionSome {
			break
		}
		cur := subject2.SomeVal
		if lisette.MapGet(dist, cur.node).IsSome() {
			continue
		}
		dist[cur.node] = cur.dist
		for _, edge := range lisette.MapGet(graph, cur.node).UnwrapOr([]Edge{}) {
			if lisette.MapGet(dist, edge.to).IsNone() {
				heap.Push(f, Entry{node: edge.to, dist: cur.dist + edge.km})
			}
		}
	}
	return dist
}

func main() {
	roads := map[string][]Edge{}
	roads["amsterdam"] = []Edge{Edge{to: "utrecht", km: 45}, Edge{to: "haarlem", km: 20}}
	roads["haarlem"] = []Edge{Edge{to: "leiden", km: 35}}
	roads["utrecht"] = []Edge{Edge{to: "arnhem", km: 65}, Edge{to: "leiden", km: 55}}
	roads["leiden"] = []Edge{Edge{to: "den haag", km: 20}}
	roads["den haag"] = []Edge{Edge{to: "rotterdam", km: 25}}
	roads["rotterdam"] = []Edge{Edge{to: "arnhem", km: 120}}
	dist := shortest(roads, "amsterdam")
	for _, city := range []string{"amsterdam", "haarlem", "utrecht", "leiden", "den haag", "rotterdam", "arnhem", "groningen"} {
		subject3 := lisette.MapGet(dist, city)
		if subject3.Tag == lisette.OptionSome {
			d := subject3.SomeVal
			fmt.Printf("%v: %v km\n", city, d)
		} else {
			fmt.Printf("%v: unreachable\n", city)
		}
	}
}
