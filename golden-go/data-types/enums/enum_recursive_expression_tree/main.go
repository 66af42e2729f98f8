package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ExprTag int

const (
	ExprNum ExprTag = iota
	ExprAdd
	ExprMul
	ExprNeg
)

type Expr struct {
	Tag  ExprTag
	Num  int
	Add0 *Expr
	Add1 *Expr
	Mul0 *Expr
	Mul1 *Expr
	Neg  *Expr
}

func (v Expr) String() string {
	switch v.Tag {
	case ExprNum:
		return "Expr.Num(" + lisette.FormatValue(v.Num) + ")"
	case ExprAdd:
		return "Expr.Add(" + lisette.FormatValue(*v.Add0) + ", " + lisette.FormatValue(*v.Add1) + ")"
	case ExprMul:
		return "Expr.Mul(" + lisette.FormatValue(*v.Mul0) + ", " + lisette.FormatValue(*v.Mul1) + ")"
	}
	return "Expr.Neg(" + lisette.FormatValue(*v.Neg) + ")"
}

func eval(e Expr) int {
	switch e.Tag {
	case ExprNum:
		n := e.Num
		return n
	case ExprAdd:
		a := *e.Add0
		b := *e.Add1
		return eval(a) + eval(b)
	case ExprMul:
		a := *e.Mul0
		b := *e.Mul1
		return eval(a) * eval(b)
	case ExprNeg:
		a := *e.Neg
		return -eval(a)
	}
	panic("unreachable")
}

func main() {
	e := Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 2}, Add1: &Expr{Tag: ExprMul, Mul0: &Expr{Tag: ExprNum, Num: 3}, Mul1: &Expr{Tag: ExprNeg, Neg: &Expr{Tag: ExprNum, Num: 4}}}}
	fmt.Println(eval(e))
	fmt.Println(e)
}
