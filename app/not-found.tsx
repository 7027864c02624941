import '@/app/styles.css';

// Reached only for paths outside any locale; the localised page covers the rest.
export default function RootNotFound() {
  return (
    <html lang="da">
      <body>
        <title>Siden findes ikke</title>
        <main id="main-content" className="container page-container">
          <h1>Siden findes ikke</h1>
          <p>
            <a href="/">Gå til forsiden</a>
          </p>
        </main>
      </body>
    </html>
  );
}
