package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Fib struct {
	a     int
	b     int
	limit int
}

func (v Fib) String() string {
	return "Fib { a: " + lisette.FormatValue(v.a) + ", b: " + lisette.FormatValue(v.b) + ", limit: " + lisette.FormatValue(v.limit) + " }"
}

func (self *Fib) Next() lisette.Option[int] {
	if self.a > self.limit {
		return lisette.MakeOptionNone[int]()
	}
	out := self.a
	sum := self.a + self.b
	self.a = self.b
	self.b = sum
	return lisette.MakeOptionSome[int](out)
}

func sum_first[C Cursor[int]](c C, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		subject := c.Next()
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			total += v
		}
	}
	return total
}

func main() {
	f := Fib{a: 0, b: 1, limit: 20}
	fmt.Println(sum_first(&f, 5))
	fmt.Println(f.a, f.b)
	fmt.Println(sum_first(&f, 10))
}
