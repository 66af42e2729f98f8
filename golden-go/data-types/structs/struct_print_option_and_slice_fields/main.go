package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Profile struct {
	nick   lisette.Option[string]
	scores []int
	best   lisette.Option[int]
}

func (v Profile) String() string {
	return "Profile { nick: " + lisette.FormatValue(v.nick) + ", scores: " + lisette.FormatValue(v.scores) + ", best: " + lisette.FormatValue(v.best) + " }"
}

func main() {
	a := Profile{nick: lisette.MakeOptionSome[string]("zed"), scores: []int{3, 1, 2}, best: lisette.MakeOptionSome[int](3)}
	b := Profile{nick: lisette.MakeOptionNone[string](), scores: []int{}, best: lisette.MakeOptionNone[int]()}
	fmt.Println(a)
	fmt.Println(b)
}
