package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func write_log(path string) lisette.Result[struct{}, error] {
	res := lisette.ResultOfPtr(os.Create(path))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res.ErrVal)
	}
	f := res.OkVal
	subject := lisette.PartialOf(f.WriteString("start\n"))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("wrote", n)
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println("short write", n, e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("write failed", e)
	}
	res2 := lisette.ResultOfErr(f.Close())
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res2.ErrVal)
	}
	res3 := lisette.ResultOfPtr(os.OpenFile(path, os.O_APPEND+os.O_WRONLY, 0o644))
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res3.ErrVal)
	}
	g := res3.OkVal
	subject2 := lisette.PartialOf(g.WriteString("append one\n"))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("appended", n)
	case lisette.PartialBoth:
		e := subject2.ErrVal
		fmt.Println("short", e)
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println("append failed", e)
	}
	res4 := lisette.ResultOfErr(g.Close())
	if res4.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res4.ErrVal)
	}
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func main() {
	var dir string
	subject3 := lisette.ResultOf(os.MkdirTemp("", "lis-b-append-*"))
	if subject3.Tag != lisette.ResultOk {
		return
	}
	d := subject3.OkVal
	dir = d
	path := filepath.Join(dir, "app.log")
	subject4 := write_log(path)
	if subject4.Tag == lisette.ResultOk {
		subject5 := lisette.ResultOf(os.ReadFile(path))
		if subject5.Tag == lisette.ResultOk {
			data := subject5.OkVal
			fmt.Print(string(data))
		} else {
			e := subject5.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject4.ErrVal
		fmt.Println("error:", e)
	}
	_ = os.RemoveAll(dir)
}
