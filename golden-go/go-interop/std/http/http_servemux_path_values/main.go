package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
	"strings"
)

func perform(mux *http.ServeMux, method, target string) {
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(method, target, lisette.Nilable(lisette.MakeOptionNone[io.Reader]())))
	resp := rec.Result()
	var body string
	subject := lisette.PartialOf(io.ReadAll(resp.Body))
	switch subject.Tag {
	case lisette.PartialOk:
		b := subject.OkVal
		body = strings.TrimSpace(string(b))
	case lisette.PartialBoth:
		b := subject.OkVal
		body = string(b)
	case lisette.PartialErr:
		e := subject.ErrVal
		body = e.Error()
	}
	fmt.Println(method, target, "->", resp.StatusCode, fmt.Sprintf("[%v]", body))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "user %s", r.PathValue("id"))
	})
	mux.HandleFunc("DELETE /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		fmt.Println("  (deleting", r.PathValue("id")+")")
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %s", r.PathValue("path"))
	})
	perform(mux, "GET", "/users/42")
	perform(mux, "DELETE", "/users/7")
	perform(mux, "GET", "/files/docs/readme.md")
	perform(mux, "GET", "/nowhere")
	perform(mux, "POST", "/users/42")
}
