package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func verdict(t lisette.Tuple2[lisette.Tuple2[bool, bool], bool]) string {
	if t.First.First {
		if t.First.Second {
			return "both checks passed"
		}
		if t.Second {
			return "first passed, override"
		}
		return "first passed only"
	}
	if t.Second {
		return "override"
	}
	return "rejected"
}

func main() {
	fmt.Println(verdict(lisette.Tuple2[lisette.Tuple2[bool, bool], bool]{First: lisette.Tuple2[bool, bool]{First: true, Second: true}, Second: false}))
	fmt.Println(verdict(lisette.Tuple2[lisette.Tuple2[bool, bool], bool]{First: lisette.Tuple2[bool, bool]{First: true, Second: false}, Second: true}))
	fmt.Println(verdict(lisette.Tuple2[lisette.Tuple2[bool, bool], bool]{First: lisette.Tuple2[bool, bool]{First: true, Second: false}, Second: false}))
	fmt.Println(verdict(lisette.Tuple2[lisette.Tuple2[bool, bool], bool]{First: lisette.Tuple2[bool, bool]{First: false, Second: true}, Second: true}))
	fmt.Println(verdict(lisette.Tuple2[lisette.Tuple2[bool, bool], bool]{First: lisette.Tuple2[bool, bool]{First: false, Second: false}, Second: false}))
}
