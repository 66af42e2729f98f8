package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ExprTag int

const (
	ExprNum ExprTag = iota
	ExprAdd
	ExprDiv
)

type Expr struct {
	Tag  ExprTag
	Num  int
	Add0 *Expr
	Add1 *Expr
	Div0 *Expr
	Div1 *Expr
}

func (v Expr) String() string {
	switch v.Tag {
	case ExprNum:
		return "Expr.Num(" + lisette.FormatValue(v.Num) + ")"
	case ExprAdd:
		return "Expr.Add(" + lisette.FormatValue(*v.Add0) + ", " + lisette.FormatValue(*v.Add1) + ")"
	}
	return "Expr.Div(" + lisette.FormatValue(*v.Div0) + ", " + lisette.FormatValue(*v.Div1) + ")"
}

func eval(e Expr) lisette.Result[int, string] {
	switch e.Tag {
	case ExprNum:
		n := e.Num
		return lisette.MakeResultOk[int, string](n)
	case ExprAdd:
		a := *e.Add0
		b := *e.Add1
		res := eval(a)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		arg := res.OkVal
		res2 := eval(b)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		return lisette.MakeResultOk[int, string](arg + res2.OkVal)
	case ExprDiv:
		a := *e.Div0
		b := *e.Div1
		res3 := eval(b)
		if res3.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res3.ErrVal)
		}
		d := res3.OkVal
		if d == 0 {
			return lisette.MakeResultErr[int, string]("division by zero")
		}
		res4 := eval(a)
		if res4.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res4.ErrVal)
		}
		return lisette.MakeResultOk[int, string](res4.OkVal / d)
	}
	panic("unreachable")
}

func main() {
	good := Expr{Tag: ExprDiv, Div0: &Expr{Tag: ExprNum, Num: 10}, Div1: &Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 3}, Add1: &Expr{Tag: ExprNum, Num: 2}}}
	bad := Expr{Tag: ExprAdd, Add0: &Expr{Tag: ExprNum, Num: 1}, Add1: &Expr{Tag: ExprDiv, Div0: &Expr{Tag: ExprNum, Num: 4}, Div1: &Expr{Tag: ExprNum, Num: 0}}}
	fmt.Println(eval(good))
	fmt.Println(eval(bad))
}
