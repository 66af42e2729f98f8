package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Scorer interface {
	Score(rolls []int, bonus lisette.Option[int]) lisette.Tuple2[int, bool]
	Adjust(f func(int) int) int
}

type Bowling struct {
	base int
}

func (v Bowling) String() string {
	return "Bowling { base: " + lisette.FormatValue(v.base) + " }"
}

func (self Bowling) Score(rolls []int, bonus lisette.Option[int]) lisette.Tuple2[int, bool] {
	sum := lisette.SliceFold(rolls, self.base, func(acc, r int) int {
		return acc + r
	}) + bonus.UnwrapOr(0)
	return lisette.Tuple2[int, bool]{First: sum, Second: sum >= 30}
}

func (self Bowling) Adjust(f func(int) int) int {
	return f(self.base)
}

func main() {
	var s Scorer = Bowling{base: 5}
	subject := s.Score([]int{10, 7}, lisette.MakeOptionSome[int](9))
	total := subject.First
	good := subject.Second
	fmt.Println(total, good)
	fmt.Println(s.Score([]int{1, 2}, lisette.MakeOptionNone[int]()))
	fmt.Println(s.Adjust(func(n int) int {
		return n * 3
	}))
}
