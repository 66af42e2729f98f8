package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type OpTag int

const (
	OpAdd OpTag = iota
	OpSub
	OpMul
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
	case OpMul:
		return "Op.Mul"
	}
	return "Op.Div"
}

type ExprTag int

const (
	ExprNum ExprTag = iota
	ExprVar
	ExprNeg
	ExprBin
	ExprLet
)

type Expr struct {
	Tag   ExprTag
	Num   int
	Var   string
	Neg   *Expr
	Bin0  Op
	Bin1  *Expr
	Bin2  *Expr
	Name  string
	Value *Expr
	Body  *Expr
}

func (v Expr) String() string {
	switch v.Tag {
	case ExprNum:
		return "Expr.Num(" + lisette.FormatValue(v.Num) + ")"
	case ExprVar:
		return "Expr.Var(" + lisette.FormatValue(v.Var) + ")"
	case ExprNeg:
		return "Expr.Neg(" + lisette.FormatValue(*v.Neg) + ")"
	case ExprBin:
		return "Expr.Bin(" + lisette.FormatValue(v.Bin0) + ", " + lisette.FormatValue(*v.Bin1) + ", " + lisette.FormatValue(*v.Bin2) + ")"
	}
	return "Expr.Let { name: " + lisette.FormatValue(v.Name) + ", value: " + lisette.FormatValue(*v.Value) + ", body: " + lisette.FormatValue(*v.Body) + " }"
}

func lookup(env []lisette.Tuple2[string, int], name string) lisette.Option[int] {
	if len(env) == 0 {
		return lisette.MakeOptionNone[int]()
	}
	n := env[0].First
	v := env[0].Second
	rest := env[1:len(env):len(env)]
	if n == name {
		return lisette.MakeOptionSome[int](v)
	} else {
		return lookup(rest, name)
	}
}

func apply(op Op, a, b int) lisette.Result[int, string] {
	switch op.Tag {
	case OpDiv:
		if b == 0 {
			return lisette.MakeResultErr[int, string]("division by zero")
		}
		return lisette.MakeResultOk[int, string](a / b)
	case OpAdd:
		return lisette.MakeResultOk[int, string](a + b)
	case OpSub:
		return lisette.MakeResultOk[int, string](a - b)
	case OpMul:
		return lisette.MakeResultOk[int, string](a * b)
	}
	panic("unreachable")
}

func eval(e Expr, env []lisette.Tuple2[string, int]) lisette.Result[int, string] {
	switch e.Tag {
	case ExprNum:
		n := e.Num
		return lisette.MakeResultOk[int, string](n)
	case ExprVar:
		name := e.Var
		subject := lookup(env, name)
		if subject.Tag != lisette.OptionSome {
			return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown variable %v", name))
		}
		v := subject.SomeVal
		return lisette.MakeResultOk[int, string](v)
	case ExprNeg:
		inner := *e.Neg
		r_v := eval(inner, env)
		if r_v.Tag != lisette.ResultOk {
			return r_v
		}
		v := r_v.OkVal
		return lisette.MakeResultOk[int, string](-v)
	case ExprBin:
		op := e.Bin0
		lhs := *e.Bin1
		rhs := *e.Bin2
		r_a := eval(lhs, env)
		if r_a.Tag != lisette.ResultOk {
			return r_a
		}
		a := r_a.OkVal
		r_b := eval(rhs, env)
		if r_b.Tag != lisette.ResultOk {
			return r_b
		}
		b := r_b.OkVal
		return apply(op, a, b)
	case ExprLet:
		name := e.Name
		value := *e.Value
		body := *e.Body
		r_v := eval(value, env)
		if r_v.Tag != lisette.ResultOk {
			return r_v
		}
		v := r_v.OkVal
		scope := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: name, Second: v}}
		scope = append(scope, env...)
		return eval(body, scope)
	}
	panic("unreachable")
}

func op_symbol(op Op) string {
	switch op.Tag {
	case OpAdd:
		return "+"
	case OpSub:
		return "-"
	case OpMul:
		return "*"
	case OpDiv:
		return "/"
	}
	panic("unreachable")
}

func show(e Expr) string {
	switch e.Tag {
	case ExprNum:
		n := e.Num
		if n < 0 {
			return fmt.Sprintf("(%v)", n)
		}
		n2 := e.Num
		return fmt.Sprintf("%v", n2)
	case ExprVar:
		name := e.Var
		return name
	case ExprNeg:
		inner := *e.Neg
		return fmt.Sprintf("-%v", show(inner))
	case ExprBin:
		op := e.Bin0
		l := *e.Bin1
		r := *e.Bin2
		return fmt.Sprintf("(%v %v %v)", show(l), op_symbol(op), show(r))
	case ExprLet:
		name := e.Name
		value := *e.Value
		body := *e.Body
		return fmt.Sprintf("let %v = %v in %v", name, show(value), show(body))
	}
	panic("unreachable")
}

func simplify(e Expr) Expr {
	switch e.Tag {
	case ExprBin:
		op := e.Bin0
		l := *e.Bin1
		r := *e.Bin2
		sl := simplify(l)
		sr := simplify(r)
		switch op.Tag {
		case OpAdd:
			if sl.Tag == ExprNum {
				if sl.Num == 0 {
					x := sr
					return x
				}
				if sr.Tag == ExprNum {
					if sr.Num == 0 {
						x := sl
						return x
					}
					o := op
					a := sl.Num
					b := sr.Num
					subject2 := apply(o, a, b)
					if subject2.Tag == lisette.ResultOk {
						v := subject2.OkVal
						return Expr{Tag: ExprNum, Num: v}
					}
					return Expr{Tag: ExprBin, Bin0: o, Bin1: &Expr{Tag: ExprNum, Num: a}, Bin2: &Expr{Tag: ExprNum, Num: b}}
				}
				o := op
				a := sl
				b := sr
				return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
			}
			if sr.Tag == ExprNum && sr.Num == 0 {
				x := sl
				return x
			}
			o := op
			a := sl
			b := sr
			return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
		case OpMul:
			if sl.Tag == ExprNum {
				switch sl.Num {
				case 1:
					x := sr
					return x
				case 0:
					if sr.Tag == ExprNum {
						switch sr.Num {
						case 1:
							x := sl
							return x
						case 0:
							return Expr{Tag: ExprNum, Num: 0}
						default:
							return Expr{Tag: ExprNum, Num: 0}
						}
					}
					return Expr{Tag: ExprNum, Num: 0}
				default:
					if sr.Tag == ExprNum {
						switch sr.Num {
						case 1:
							x := sl
							return x
						case 0:
							return Expr{Tag: ExprNum, Num: 0}
						default:
							o := op
							a := sl.Num
							b := sr.Num
							subject3 := apply(o, a, b)
							if subject3.Tag == lisette.ResultOk {
								v := subject3.OkVal
								return Expr{Tag: ExprNum, Num: v}
							}
							return Expr{Tag: ExprBin, Bin0: o, Bin1: &Expr{Tag: ExprNum, Num: a}, Bin2: &Expr{Tag: ExprNum, Num: b}}
						}
					}
					o := op
					a := sl
					b := sr
					return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
				}
			}
			if sr.Tag == ExprNum {
				switch sr.Num {
				case 1:
					x := sl
					return x
				case 0:
					return Expr{Tag: ExprNum, Num: 0}
				default:
					o := op
					a := sl
					b := sr
					return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
				}
			}
			o := op
			a := sl
			b := sr
			return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
		default:
			if sl.Tag == ExprNum && sr.Tag == ExprNum {
				o := op
				a := sl.Num
				b := sr.Num
				subject4 := apply(o, a, b)
				if subject4.Tag == lisette.ResultOk {
					v := subject4.OkVal
					return Expr{Tag: ExprNum, Num: v}
				}
				return Expr{Tag: ExprBin, Bin0: o, Bin1: &Expr{Tag: ExprNum, Num: a}, Bin2: &Expr{Tag: ExprNum, Num: b}}
			}
			o := op
			a := sl
			b := sr
			return Expr{Tag: ExprBin, Bin0: o, Bin1: lisette.Ptr(a), Bin2: lisette.Ptr(b)}
		}
	case ExprNeg:
		inner := *e.Neg
		subject5 := simplify(inner)
		switch subject5.Tag {
		case ExprNum:
			n := subject5.Num
			return Expr{Tag: ExprNum, Num: -n}
		case ExprNeg:
			x := *subject5.Neg
			return x
		default:
			other := subject5
			return Expr{Tag: ExprNeg, Neg: lisette.Ptr(other)}
		}
	case ExprLet:
		name := e.Name
		value := *e.Value
		body := *e.Body
		return Expr{Tag: ExprLet, Name: name, Value: lisette.Ptr(simplify(value)), Body: lisette.Ptr(simplify(body))}
	default:
		other := e
		return other
	}
}

func count_errors(results []lisette.Result[int, string]) int {
	if len(results) == 0 {
		return 0
	}
	if results[0].Tag == lisette.ResultErr {
		rest := results[1:len(results):len(results)]
		return 1 + count_errors(rest)
	}
	rest := results[1:len(results):len(results)]
	return count_errors(rest)
}

func main() {
	env := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "x", Second: 5}, lisette.Tuple2[string, int]{First: "y", Second: -3}}
	programs := []Expr{Expr{Tag: ExprBin, Bin0: Op{Tag: OpAdd}, Bin1: &Expr{Tag: ExprNum, Num: 2}, Bin2: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpMul}, Bin1: &Expr{Tag: ExprVar, Var: "x"}, Bin2: &Expr{Tag: ExprNum, Num: 3}}}, Expr{Tag: ExprNeg, Neg: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpSub}, Bin1: &Expr{Tag: ExprVar, Var: "y"}, Bin2: &Expr{Tag: ExprNum, Num: 4}}}, Expr{Tag: ExprLet, Name: "z", Value: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpMul}, Bin1: &Expr{Tag: ExprVar, Var: "x"}, Bin2: &Expr{Tag: ExprVar, Var: "x"}}, Body: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpSub}, Bin1: &Expr{Tag: ExprVar, Var: "z"}, Bin2: &Expr{Tag: ExprNum, Num: 1}}}, Expr{Tag: ExprBin, Bin0: Op{Tag: OpDiv}, Bin1: &Expr{Tag: ExprNum, Num: 10}, Bin2: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpSub}, Bin1: &Expr{Tag: ExprVar, Var: "x"}, Bin2: &Expr{Tag: ExprNum, Num: 5}}}, Expr{Tag: ExprBin, Bin0: Op{Tag: OpAdd}, Bin1: &Expr{Tag: ExprVar, Var: "w"}, Bin2: &Expr{Tag: ExprNum, Num: 1}}, Expr{Tag: ExprBin, Bin0: Op{Tag: OpMul}, Bin1: &Expr{Tag: ExprNum, Num: 1}, Bin2: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpAdd}, Bin1: &Expr{Tag: ExprNum, Num: 0}, Bin2: &Expr{Tag: ExprVar, Var: "x"}}}, Expr{Tag: ExprNeg, Neg: &Expr{Tag: ExprNeg, Neg: &Expr{Tag: ExprBin, Bin0: Op{Tag: OpAdd}, Bin1: &Expr{Tag: ExprNum, Num: 4}, Bin2: &Expr{Tag: ExprNum, Num: -6}}}}}
	results := []lisette.Result[int, string]{}
	for _, p := range programs {
		r := eval(p, env)
		results = append(results, r)
		var text string
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			text = fmt.Sprintf("%v", v)
		} else {
			msg := r.ErrVal
			text = fmt.Sprintf("error: %v", msg)
		}
		fmt.Println(show(p), "=>", text)
		fmt.Println("  simplified:", show(simplify(p)))
	}
	total := 0
	for _, r := range results {
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			total += v
		}
	}
	fmt.Println("errors:", count_errors(results), "sum of values:", total)
}
