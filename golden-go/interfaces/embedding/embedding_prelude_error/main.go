package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type AppError interface {
	error
	Status() int
}

type NotFound struct {
	path string
}

func (v NotFound) String() string {
	return "NotFound { path: " + lisette.FormatValue(v.path) + " }"
}

type Crashed struct{}

func (v Crashed) String() string {
	return "Crashed {}"
}

func (self NotFound) Error() string {
	return "no such page: " + self.path
}

func (self NotFound) Status() int {
	return 404
}

func (self Crashed) Error() string {
	return "internal error"
}

func (self Crashed) Status() int {
	return 500
}

func log(e error) {
	fmt.Println("log:", e)
}

func serve(path string) lisette.Result[string, AppError] {
	switch path {
	case "/":
		return lisette.MakeResultOk[string, AppError]("home")
	case "/boom":
		return lisette.MakeResultErr[string, AppError](Crashed{})
	default:
		return lisette.MakeResultErr[string, AppError](NotFound{path: path})
	}
}

func main() {
	for _, path := range []string{"/", "/about", "/boom"} {
		subject := serve(path)
		if subject.Tag == lisette.ResultOk {
			page := subject.OkVal
			fmt.Println(200, page)
		} else {
			e := subject.ErrVal
			fmt.Println(e.Status(), e.Error())
			log(e)
		}
	}
}
