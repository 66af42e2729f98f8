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
)

type Expr struct {
	Tag  ExprTag
	Num  int
	Add0 *Expr
	Add1 *Expr
	Mul0 *Expr
	Mul1 *Expr
}

func (v Expr) String() string {
	switch v.Tag {
	case ExprNum:
		return "Expr.Num(" + lisette.FormatValue(v.Num) + ")"
	case ExprAdd:
		return "Expr.Add(" + lisette.FormatValue(*v.Add0) + ", " + lisette.FormatValue(*v.Add1) + ")"
	}
	return "Expr.Mul(" + lisette.FormatValue(*v.Mul0) + ", " + lisette.FormatValue(*v.Mul1) + ")"
}

func simplify(e Expr) Expr {
	switch e.Tag {
	case ExprAdd:
		if e.Add0.Tag == ExprNum && e.Add0.Num == 0 {
			rhs := *e.Add1
			return simplify(rhs)
		}
		if e.Add1.Tag == ExprNum && e.Add1.Num == 0 {
			lhs := *e.Add0
			return simplify(lhs)
		}
		a := *e.Add0
		b := *e.Add1
		return Expr{Tag: ExprAdd, Add0: lisette.Ptr(simplify(a)), Add1: lisette.Ptr(simplify(b))}
	case ExprMul:
		if e.Mul0.Tag == ExprNum {
			switch e.Mul0.Num {
			case 1:
				rhs := *e.Mul1
				return simplify(rhs)
			case 0:
				return Expr{Tag: ExprNum, Num: 0}
			default:
				a := *e.Mul0
				b := *e.Mul1
				return Expr{Tag: ExprMul, Mul0: lisette.Ptr(simplify(a)), Mul1: lisette.Ptr(simplify(b))}
			}
		}
		a := *e.Mul0
		b := *e.Mul1
		return Expr{Tag: ExprMul, Mul0: lisette.Ptr(simplify(a)), Mul1: lisette.Ptr(simplify(b))}
	case ExprNum:
		n := e.Num
		return Expr{Tag: ExprNum, Num: n}
	}
	panic("unreachable")
}

func show(e Expr) string {
	switch e.Tag {
	case ExprNum:
		n := e.Num
		return fmt.Sprintf("%v", n)
	case ExprAdd:
		a := *e.Add0
		b := *e.Add1
		return fmt.Sprintf("(%v + %v)", show(a), show(b))
	case ExprMul:
		a := *e.Mul0
		b := *e.Mul1
		return fmt.Sprintf("(%v * %v)", show(a), show(b))
	}
	panic("unreachable")
}

func main() {
	samples := []Expr{Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 0}, Add1: &Expr{Tag: ExprMul, Mul0: &Expr{Tag: ExprNum, Num: 1}, Mul1: &Expr{Tag: ExprNum, Num: 7}}}, Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprMul, Mul0: &Expr{Tag: ExprNum, Num: 2}, Mul1: &Expr{Tag: ExprNum, Num: 3}}, Add1: &Expr{Tag: ExprNum, Num: 0}}, Expr{Tag: ExprMul, Mul0: &Expr{Tag: ExprNum, Num: 0}, Mul1: &Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 4}, Add1: &Expr{Tag: ExprNum, Num: 5}}}, Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 1}, Add1: &Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 0}, Add1: &Expr{Tag: ExprNum, Num: 2}}}}
	for _, e := range samples {
		fmt.Println(show(e), "=>", show(simplify(e)))
	}
}
