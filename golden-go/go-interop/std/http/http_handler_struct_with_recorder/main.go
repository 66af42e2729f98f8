package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
	"net/url"
)

type Greeter struct {
	greeting string
}

func (v Greeter) String() string {
	return "Greeter { greeting: " + lisette.FormatValue(v.greeting) + " }"
}

func (self Greeter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := lisette.OptionMapOr(lisette.OptionNilable(r.URL), "", func(u *url.URL) string {
		return u.Query().Get("name")
	})
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Greeter", "lisette")
	fmt.Fprintf(w, "%s, %s!\n", self.greeting, name)
}

func call(h http.Handler, target string) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, target, lisette.Nilable(lisette.MakeOptionNone[io.Reader]()))
	h.ServeHTTP(rec, req)
	var body string
	if lisette.OptionNilable(rec.Body).Tag == lisette.OptionSome {
		b := lisette.OptionNilable(rec.Body).SomeVal
		body = b.String()
	} else {
		body = ""
	}
	fmt.Printf("%v -> %v [%v] %v", target, rec.Code, rec.Header().Get("X-Greeter"), body)
}

func main() {
	g := Greeter{greeting: "Hello"}
	call(g, "/greet?name=Ann")
	call(g, "/greet?name=J%C3%B6rg")
	call(g, "/greet")
}
