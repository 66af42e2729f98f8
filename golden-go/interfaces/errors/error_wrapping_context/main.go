package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Missing struct {
	name string
}

func (v Missing) String() string {
	return "Missing { name: " + lisette.FormatValue(v.name) + " }"
}

type Context struct {
	step  string
	inner error
}

func (v Context) String() string {
	return "Context { step: " + lisette.FormatValue(v.step) + ", inner: " + lisette.FormatValue(v.inner) + " }"
}

func (self Missing) Error() string {
	return fmt.Sprintf("%v does not exist", self.name)
}

func (self Context) Error() string {
	return fmt.Sprintf("%v: %v", self.step, self.inner.Error())
}

func open(name string) lisette.Result[string, error] {
	if strings.HasSuffix(name, ".txt") {
		return lisette.MakeResultOk[string, error]("contents of " + name)
	} else {
		return lisette.MakeResultErr[string, error](Missing{name: name})
	}
}

func load(name string) lisette.Result[string, error] {
	subject := open(name)
	if subject.Tag == lisette.ResultOk {
		text := subject.OkVal
		return lisette.MakeResultOk[string, error](text)
	}
	e := subject.ErrVal
	return lisette.MakeResultErr[string, error](Context{step: "loading config", inner: e})
}

func install(name string) lisette.Result[string, error] {
	subject2 := load(name)
	if subject2.Tag == lisette.ResultOk {
		text := subject2.OkVal
		return lisette.MakeResultOk[string, error](text)
	}
	e := subject2.ErrVal
	return lisette.MakeResultErr[string, error](Context{step: "install", inner: e})
}

func main() {
	subject3 := install("app.txt")
	if subject3.Tag == lisette.ResultOk {
		t := subject3.OkVal
		fmt.Println(t)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	subject4 := install("app.cfg")
	if subject4.Tag == lisette.ResultOk {
		t := subject4.OkVal
		fmt.Println(t)
	} else {
		e := subject4.ErrVal
		fmt.Println(e)
	}
}
