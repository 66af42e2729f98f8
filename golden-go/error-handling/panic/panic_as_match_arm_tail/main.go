package main

import "fmt"

type OpTag int

const (
	OpAdd OpTag = iota
	OpSub
	OpDiv
)

type Op struct {
	Tag OpTag
}

func (v Op) String() string {
	switch v.Tag {
	case OpAdd:
		return "Op.Add"
	case OpSub:
		return "Op.Sub"
	}
	return "Op.Div"
}

func apply(op Op, a, b int) int {
	switch op.Tag {
	case OpAdd:
		return a + b
	case OpSub:
		return a - b
	case OpDiv:
		if b == 0 {
			panic("division by zero")
		} else {
			return a / b
		}
	}
	panic("unreachable")
}

func main() {
	fmt.Println(apply(Op{Tag: OpAdd}, 2, 3))
	fmt.Println(apply(Op{Tag: OpSub}, 2, 3))
	fmt.Println(apply(Op{Tag: OpDiv}, 8, 2))
	fmt.Println(apply(Op{Tag: OpDiv}, 1, 0))
}
