package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type NodeTag int

const (
	NodeLeaf NodeTag = iota
	NodeBranch
)

type Node[T any] struct {
	Tag     NodeTag
	Branch0 *Node[T]
	Branch1 T
	Branch2 *Node[T]
}

func (v Node[T]) String() string {
	switch v.Tag {
	case NodeLeaf:
		return "Node.Leaf"
	}
	return "Node.Branch(" + lisette.FormatValue(*v.Branch0) + ", " + lisette.FormatValue(v.Branch1) + ", " + lisette.FormatValue(*v.Branch2) + ")"
}

func (self Node[T]) Insert(value T, less func(T, T) bool) Node[T] {
	if self.Tag == NodeLeaf {
		return Node[T]{Tag: NodeBranch, Branch0: &Node[T]{Tag: NodeLeaf}, Branch1: value, Branch2: &Node[T]{Tag: NodeLeaf}}
	}
	left := *self.Branch0
	v := self.Branch1
	right := *self.Branch2
	if less(value, v) {
		return Node[T]{Tag: NodeBranch, Branch0: lisette.Ptr(left.Insert(value, less)), Branch1: v, Branch2: lisette.Ptr(right)}
	} else if less(v, value) {
		return Node[T]{Tag: NodeBranch, Branch0: lisette.Ptr(left), Branch1: v, Branch2: lisette.Ptr(right.Insert(value, less))}
	} else {
		return Node[T]{Tag: NodeBranch, Branch0: lisette.Ptr(left), Branch1: v, Branch2: lisette.Ptr(right)}
	}
}

func (self Node[T]) Walk(visit func(T)) {
	if self.Tag != NodeLeaf {
		left := *self.Branch0
		v := self.Branch1
		right := *self.Branch2
		left.Walk(visit)
		visit(v)
		right.Walk(visit)
	}
}

func (self Node[T]) Depth() int {
	if self.Tag == NodeLeaf {
		return 0
	}
	left := *self.Branch0
	right := *self.Branch2
	l := left.Depth()
	r := right.Depth()
	if l > r {
		return l + 1
	} else {
		return r + 1
	}
}

type Tree[T any] struct {
	root Node[T]
	less func(T, T) bool
}

func (v Tree[T]) String() string {
	return "Tree { root: " + lisette.FormatValue(v.root) + ", less: " + lisette.FormatValue(v.less) + " }"
}

func Tree_new[T any](less func(T, T) bool) Tree[T] {
	return Tree[T]{root: Node[T]{Tag: NodeLeaf}, less: less}
}

func (self *Tree[T]) Insert(value T) {
	self.root = self.root.Insert(value, self.less)
}

func (self Tree[T]) To_slice() []T {
	out := []T{}
	self.root.Walk(func(v T) {
		out = append(out, v)
	})
	return out
}

func (self Tree[T]) Contains(value T) bool {
	node := self.root
	for {
		if node.Tag == NodeLeaf {
			return false
		} else {
			left := *node.Branch0
			v := node.Branch1
			right := *node.Branch2
			if self.less(value, v) {
				node = left
			} else if self.less(v, value) {
				node = right
			} else {
				return true
			}
		}
	}
}

func (self Tree[T]) Walker() Walker[T] {
	return Walker[T]{items: self.To_slice(), pos: 0}
}

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Walker[T any] struct {
	items []T
	pos   int
}

func (v Walker[T]) String() string {
	return "Walker { items: " + lisette.FormatValue(v.items) + ", pos: " + lisette.FormatValue(v.pos) + " }"
}

func (self *Walker[T]) Next() lisette.Option[T] {
	item := lisette.SliceGet(self.items, self.pos)
	self.pos += 1
	return item
}

type Countdown struct {
	n int
}

func (v Countdown) String() string {
	return "Countdown { n: " + lisette.FormatValue(v.n) + " }"
}

func (self *Countdown) Next() lisette.Option[int] {
	if self.n == 0 {
		return lisette.MakeOptionNone[int]()
	}
	v := self.n
	self.n -= 1
	return lisette.MakeOptionSome[int](v)
}

func sum_cursor[C Cursor[int]](c C) int {
	total := 0
	for {
		subject := c.Next()
		if subject.Tag != lisette.OptionSome {
			break
		}
		v := subject.SomeVal
		total += v
	}
	return total
}

func join_cursor[C Cursor[string]](c C, sep string) string {
	out := ""
	first := true
	for {
		subject2 := c.Next()
		if subject2.Tag != lisette.OptionSome {
			break
		}
		s := subject2.SomeVal
		if !first {
			out = out + sep
		}
		out = out + s
		first = false
	}
	return out
}

func main() {
	numbers := Tree_new(func(a, b int) bool {
		return a < b
	})
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		numbers.Insert(n)
	}
	fmt.Println(numbers.To_slice())
	fmt.Println(numbers.Contains(60), numbers.Contains(65))
	fmt.Println(numbers.root.Depth())
	by_length := func(a, b string) bool {
		return len(a) < len(b) || (len(a) == len(b) && a < b)
	}
	words := Tree_new(by_length)
	for _, w := range []string{"pear", "fig", "banana", "kiwi", "apple"} {
		words.Insert(w)
	}
	fmt.Println(words.To_slice())
	w := numbers.Walker()
	fmt.Println(sum_cursor(&w))
	fmt.Println(w.pos)
	fmt.Println(sum_cursor(&w))
	names := words.Walker()
	fmt.Println(join_cursor(&names, ", "))
	launch := Countdown{n: 3}
	fmt.Println(sum_cursor(&launch), launch.n)
}
