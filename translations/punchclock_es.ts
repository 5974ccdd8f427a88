<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>CliOutput</name>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Running %1  %2
</source>
        <translation>En marcha %1  %2
</translation>
    </message>
    <message>
        <source>Stopped
</source>
        <translation>Detenido
</translation>
    </message>
    <message>
        <source>Today %1
</source>
        <translation>Hoy %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet
</source>
        <translation>
            <numerusform>%n cambio aún sin enviar
</numerusform>
            <numerusform>%n cambios aún sin enviar
</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>No entries
</source>
        <translation>No hay entradas
</translation>
    </message>
    <message>
        <source>Total %1
</source>
        <translation>Total %1
</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Punchclock is running but does not answer on D-Bus (no session bus?): use its window</source>
        <translation>Punchclock está en marcha pero no responde por D-Bus (¿sin bus de sesión?): use su ventana</translation>
    </message>
</context>
<context>
    <name>ProjectMatch</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Project “%1” is ambiguous: %2</source>
        <translation>El proyecto «%1» es ambiguo: %2</translation>
    </message>
    <message>
        <source>Unknown project “%1”: there are no projects</source>
        <translation>Proyecto desconocido «%1»: no hay proyectos</translation>
    </message>
    <message>
        <source>Unknown project “%1”; projects: %2</source>
        <translation>Proyecto desconocido «%1»; proyectos: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Toggl-compatible server to use (default: %1).</source>
        <translation>Servidor compatible con Toggl que se usará (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Toggl Focus organization ID (the Focus API key comes from PUNCHCLOCK_FOCUS_KEY).</source>
        <translation>ID de organización de Toggl Focus (la clave de API de Focus se toma de PUNCHCLOCK_FOCUS_KEY).</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Focus</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>start: the project (its name, any case).</source>
        <translation>start: el proyecto (su nombre, sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>start: a tag (repeat for more).</source>
        <translation>start: una etiqueta (repetir para más).</translation>
    </message>
    <message>
        <source>status, today, list: print JSON instead of text.</source>
        <translation>status, today, list: imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>list: this week&apos;s entries (the default).</source>
        <translation>list: las entradas de esta semana (por defecto).</translation>
    </message>
    <message>
        <source>Desktop timer for Toggl Track.

Without a command it opens the window. With one, it drives the timer: through the running app when there is one, else on its own, without a window.
Exit status: 0 done, 1 failed, 2 usage error, 3 saved offline (sent later).</source>
        <translation>Temporizador de escritorio para Toggl Track.

Sin una orden abre la ventana. Con una, maneja el temporizador: a través de la aplicación en marcha si la hay; si no, por sí solo, sin ventana.
Estado de salida: 0 hecho, 1 fallo, 2 error de uso, 3 guardado sin conexión (se envía después).</translation>
    </message>
    <message>
        <source>start [description], stop, toggle, continue, status, today or list.</source>
        <translation>start [descripción], stop, toggle, continue, status, today o list.</translation>
    </message>
    <message>
        <source>-p, -t, --json and --week go with a command (see --help).</source>
        <translation>-p, -t, --json y --week van con una orden (vea --help).</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use one of %2.</source>
        <translation>Orden desconocida «%1»: use una de %2.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments (got “%2”).</source>
        <translation>«%1» no admite argumentos (recibido «%2»).</translation>
    </message>
    <message>
        <source>-p and -t go with “start” only.</source>
        <translation>-p y -t van solo con «start».</translation>
    </message>
    <message>
        <source>--json goes with “status”, “today” and “list” only.</source>
        <translation>--json va solo con «status», «today» y «list».</translation>
    </message>
    <message>
        <source>--week goes with “list” only.</source>
        <translation>--week va solo con «list».</translation>
    </message>
    <message>
        <source>-p names one project.</source>
        <translation>-p indica un solo proyecto.</translation>
    </message>
    <message>
        <source>-t needs a tag name.</source>
        <translation>-t necesita el nombre de una etiqueta.</translation>
    </message>
</context>
<context>
    <name>punchclock::AboutDialog</name>
    <message>
        <source>About Punchclock</source>
        <translation>Acerca de Punchclock</translation>
    </message>
    <message>
        <source>A fast, native desktop timer for Toggl Track and Toggl Focus.</source>
        <translation>Un temporizador de escritorio rápido y nativo para Toggl Track y Toggl Focus.</translation>
    </message>
    <message>
        <source>Punchclock is free software: you can redistribute it and modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Punchclock es software libre: puede redistribuirlo y modificarlo según los términos de la %1, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Licencia Pública General de GNU</translation>
    </message>
    <message>
        <source>Website and source code</source>
        <translation>Sitio web y código fuente</translation>
    </message>
    <message>
        <source>About Toggl Track</source>
        <translation>Acerca de Toggl Track</translation>
    </message>
    <message>
        <source>Punchclock is not affiliated with Toggl. Built with Qt %1.</source>
        <translation>Punchclock no está afiliado a Toggl. Creado con Qt %1.</translation>
    </message>
</context>
<context>
    <name>punchclock::ApiError</name>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Not signed in: credentials missing or rejected</source>
        <translation>Sin sesión iniciada: faltan las credenciales o fueron rechazadas</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Pago requerido</translation>
    </message>
    <message>
        <source>Access denied: check the API token</source>
        <translation>Acceso denegado: compruebe el token de API</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Tiempo de espera de la puerta de enlace agotado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Request quota used up</source>
        <translation>Cuota de solicitudes agotada</translation>
    </message>
    <message>
        <source>Premium feature</source>
        <translation>Función premium</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Respuesta mal formada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Insecure server address</source>
        <translation>Dirección de servidor no segura</translation>
    </message>
</context>
<context>
    <name>punchclock::ApiTransport</name>
    <message>
        <source>Not a usable server address: %1</source>
        <translation>No es una dirección de servidor utilizable: %1</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https is allowed (plain http only to this computer)</source>
        <translation>No se envían credenciales a %1: solo se permite https (http sin cifrar solo hacia este equipo)</translation>
    </message>
    <message>
        <source>The hourly request quota is used up; it resets at %1</source>
        <translation>La cuota de solicitudes por hora está agotada; se restablece a las %1</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>Sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>The connection closed before the answer arrived; the server may have it</source>
        <translation>La conexión se cerró antes de llegar la respuesta; puede que el servidor ya la tenga</translation>
    </message>
</context>
<context>
    <name>punchclock::ApplicationService</name>
    <message>
        <source>Unknown action “%1”: use toggle, stop, continue or show</source>
        <translation>Acción desconocida «%1»: use toggle, stop, continue o show</translation>
    </message>
</context>
<context>
    <name>punchclock::AwayBanner</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
    <message>
        <source>Why the timer stopped</source>
        <translation>Por qué se detuvo el temporizador</translation>
    </message>
    <message>
        <source>Continue the stopped entry</source>
        <translation>Continuar la entrada detenida</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the computer went to sleep.</source>
        <translation>El temporizador se detuvo a las %1 cuando el equipo entró en suspensión.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the screen was locked.</source>
        <translation>El temporizador se detuvo a las %1 cuando se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when the computer shut down.</source>
        <translation>El temporizador se detuvo a las %1 cuando se apagó el equipo.</translation>
    </message>
    <message>
        <source>The timer was stopped at %1 when you went idle.</source>
        <translation>El temporizador se detuvo a las %1 cuando quedó inactivo.</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditController</name>
    <message numerus="yes">
        <source>Restoring %n entries…</source>
        <translation>
            <numerusform>Restaurando %n entrada…</numerusform>
            <numerusform>Restaurando %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Dete&amp;ner</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Deshacer edición masiva</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progreso de la operación de deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n entries…</source>
        <translation>
            <numerusform>Cambiando %n entrada…</numerusform>
            <numerusform>Cambiando %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo Bulk Edit</source>
        <translation>Rehacer edición masiva</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Entries</source>
        <translation>
            <numerusform>Editar %n entrada</numerusform>
            <numerusform>Editar %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entries</source>
        <translation>
            <numerusform>Editar %n entrada</numerusform>
            <numerusform>Editar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 tracked</source>
        <translation>%1 · %2 registrado</translation>
    </message>
    <message>
        <source>Selection summary</source>
        <translation>Resumen de la selección</translation>
    </message>
    <message>
        <source>Only the checked fields change; everything else stays as it is.</source>
        <translation>Solo cambian los campos marcados; todo lo demás se queda como está.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>&amp;Aplicar a %n entrada</numerusform>
            <numerusform>&amp;Aplicar a %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the checked changes</source>
        <translation>Aplicar los cambios marcados</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries…</source>
        <translation>
            <numerusform>E&amp;liminar %n entrada…</numerusform>
            <numerusform>E&amp;liminar %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all selected entries</source>
        <translation>Eliminar todas las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted Track entries cannot be brought back.</source>
        <translation>Las entradas de Track eliminadas no se pueden recuperar.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries with %1 of tracked time?</source>
        <translation>
            <numerusform>¿Eliminar %n entrada con %1 de tiempo registrado?</numerusform>
            <numerusform>¿Eliminar %n entradas con %1 de tiempo registrado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n entries…</source>
        <translation>
            <numerusform>Guardando %n entrada…</numerusform>
            <numerusform>Guardando %n entradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Eliminando %n entrada…</numerusform>
            <numerusform>Eliminando %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Deteniendo tras la solicitud en curso…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Dete&amp;ner</translation>
    </message>
    <message>
        <source>Stop after the current request</source>
        <translation>Detener tras la solicitud en curso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>punchclock::BulkEditForm</name>
    <message>
        <source>New description for every entry</source>
        <translation>Nueva descripción para cada entrada</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>What to do with the tags</source>
        <translation>Qué hacer con las etiquetas</translation>
    </message>
    <message>
        <source>tag, another tag</source>
        <translation>etiqueta, otra etiqueta</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>Task ID (empty: no task)</source>
        <translation>ID de tarea (vacío: sin tarea)</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>Más tarde en</translation>
    </message>
    <message>
        <source>Earlier by</source>
        <translation>Más temprano en</translation>
    </message>
    <message>
        <source>Move later or earlier</source>
        <translation>Mover más tarde o más temprano</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days to move</source>
        <translation>Días que mover</translation>
    </message>
    <message>
        <source>Hours and minutes to move</source>
        <translation>Horas y minutos que mover</translation>
    </message>
    <message>
        <source>&amp;Move start and stop</source>
        <translation>&amp;Mover inicio y fin</translation>
    </message>
    <message>
        <source>Change this field on every selected entry</source>
        <translation>Cambiar este campo en cada entrada seleccionada</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected entries are in %n workspaces: a project can&apos;t be set for all of them.</source>
        <translation>
            <numerusform>Las entradas seleccionadas están en %n espacio de trabajo: no se puede asignar un proyecto a todas.</numerusform>
            <numerusform>Las entradas seleccionadas están en %n espacios de trabajo: no se puede asignar un proyecto a todas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::BulkReportDialog</name>
    <message numerus="yes">
        <source>%n entries changed.</source>
        <translation>
            <numerusform>%n entrada modificada.</numerusform>
            <numerusform>%n entradas modificadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n entrada eliminada.</numerusform>
            <numerusform>%n entradas eliminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored.</source>
        <translation>
            <numerusform>%n entrada restaurada.</numerusform>
            <numerusform>%n entradas restauradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Edit Report</source>
        <translation>Informe de la edición masiva</translation>
    </message>
    <message>
        <source>Bulk edit report</source>
        <translation>Informe de la edición masiva</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n entries; they keep their previous values.</source>
        <translation>
            <numerusform>El servidor rechazó %n entrada; conserva sus valores anteriores.</numerusform>
            <numerusform>El servidor rechazó %n entradas; conservan sus valores anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were not sent (cancelled) and are unchanged.</source>
        <translation>
            <numerusform>%n entrada no se envió (cancelada) y no ha cambiado.</numerusform>
            <numerusform>%n entradas no se enviaron (canceladas) y no han cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries got no answer; refresh to see their state.</source>
        <translation>
            <numerusform>%n entrada no obtuvo respuesta; actualice para ver su estado.</numerusform>
            <numerusform>%n entradas no obtuvieron respuesta; actualice para ver su estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by an error: %1</source>
        <translation>Detenido por un error: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Entries the server refused</source>
        <translation>Entradas rechazadas por el servidor</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Cerrar el informe</translation>
    </message>
</context>
<context>
    <name>punchclock::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>punchclock::CredentialStore</name>
    <message>
        <source>The keychain entry is empty.</source>
        <translation>La entrada del llavero está vacía.</translation>
    </message>
    <message>
        <source>No saved sign-in to keep the key with.</source>
        <translation>No hay ningún inicio de sesión guardado con el que guardar la clave.</translation>
    </message>
    <message>
        <source>The saved sign-in changed.</source>
        <translation>El inicio de sesión guardado ha cambiado.</translation>
    </message>
</context>
<context>
    <name>punchclock::DBusIdleSource</name>
    <message>
        <source>KDE (org.freedesktop.ScreenSaver)</source>
        <translation>KDE (org.freedesktop.ScreenSaver)</translation>
    </message>
    <message>
        <source>GNOME (Mutter idle monitor)</source>
        <translation>GNOME (monitor de inactividad de Mutter)</translation>
    </message>
    <message>
        <source>No session bus</source>
        <translation>No hay bus de sesión</translation>
    </message>
    <message>
        <source>Unexpected answer from %1</source>
        <translation>Respuesta inesperada de %1</translation>
    </message>
</context>
<context>
    <name>punchclock::DayGroupModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1, %n entrada</numerusform>
            <numerusform>%1, %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>day heading format, this year</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>day heading format, other years</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>punchclock::DesktopIntegration</name>
    <message>
        <source>There is no system tray: Punchclock was minimised instead of closed. Quit from the File menu.</source>
        <translation>No hay bandeja del sistema: Punchclock se ha minimizado en lugar de cerrarse. Salga desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Punchclock is still running</source>
        <translation>Punchclock sigue en marcha</translation>
    </message>
    <message>
        <source>The timer keeps going in the tray. To quit when the window closes, turn off “Close to tray” in the tray menu.</source>
        <translation>El temporizador sigue en la bandeja del sistema. Para salir al cerrar la ventana, desactive «Al cerrar, quedarse en la bandeja» en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Punchclock — no timer running</source>
        <translation>Punchclock: ningún temporizador en marcha</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En marcha desde hace %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the server can be reached again.</source>
        <translation>
            <numerusform>Sin conexión: %n cambio se enviará cuando se pueda volver a contactar con el servidor.</numerusform>
            <numerusform>Sin conexión: %n cambios se enviarán cuando se pueda volver a contactar con el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) not sent yet</source>
        <translation>
            <numerusform>Sin conexión: %n cambio aún sin enviar</numerusform>
            <numerusform>Sin conexión: %n cambios aún sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running · %1</source>
        <translation>Ningún temporizador en marcha · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>punchclock::EntriesView</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Entradas de tiempo</translation>
    </message>
    <message>
        <source>Start a new timer like this entry</source>
        <translation>Iniciar un nuevo temporizador como esta entrada</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation>Acciones de la entrada</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entr&amp;ies…</source>
        <translation>
            <numerusform>&amp;Editar %n entrada…</numerusform>
            <numerusform>&amp;Editar %n entradas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::EntryColumns</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation>Ajustar columnas a la ventana</translation>
    </message>
    <message>
        <source>Hide the less important columns when the window is narrow</source>
        <translation>Ocultar las columnas menos importantes cuando la ventana es estrecha</translation>
    </message>
    <message>
        <source>Default Order (Newest First)</source>
        <translation>Orden predeterminado (más recientes primero)</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryDelegate</name>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Stop time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>1:30, 1:30:15, 90m, 1h 30m or 1.5h</source>
        <translation>1:30, 1:30:15, 90m, 1h 30m o 1.5h</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h.</source>
        <translation>No es una duración. Pruebe 1:30, 1:30:15, 90m, 1h 30m o 1.5h.</translation>
    </message>
    <message>
        <source>%1 The old value is kept.</source>
        <translation>%1 Se conserva el valor anterior.</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryDialog</name>
    <message>
        <source>&amp;Billable</source>
        <translation>Fa&amp;cturable</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>e.g. 1h 30m or 1:30</source>
        <translation>p. ej., 1h 30m o 1:30</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Dur&amp;ación:</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Fin: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::EntryEdit</name>
    <message>
        <source>Unknown project.</source>
        <translation>Proyecto desconocido.</translation>
    </message>
    <message>
        <source>Not a valid start time.</source>
        <translation>No es una hora de inicio válida.</translation>
    </message>
    <message>
        <source>A running entry cannot start in the future.</source>
        <translation>Una entrada en curso no puede empezar en el futuro.</translation>
    </message>
    <message>
        <source>Not a valid stop time.</source>
        <translation>No es una hora de fin válida.</translation>
    </message>
    <message>
        <source>Stop must not be before start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h.</source>
        <translation>No es una duración. Pruebe 1:30, 1:30:15, 90m, 1h 30m o 1.5h.</translation>
    </message>
    <message>
        <source>That project is in another workspace.</source>
        <translation>Ese proyecto está en otro espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusBulkDialog</name>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Move to &amp;task</source>
        <translation>Mover a otra &amp;tarea</translation>
    </message>
    <message>
        <source>&amp;Move start</source>
        <translation>&amp;Mover inicio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Focus Entries</source>
        <translation>
            <numerusform>Editar %n entrada de Focus</numerusform>
            <numerusform>Editar %n entradas de Focus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Focus entries</source>
        <translation>
            <numerusform>Editar %n entrada de Focus</numerusform>
            <numerusform>Editar %n entradas de Focus</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the checked fields change; everything else stays as it is.</source>
        <translation>Solo cambian los campos marcados; todo lo demás se queda como está.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>ID de tarea</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>Más tarde en</translation>
    </message>
    <message>
        <source>Earlier by</source>
        <translation>Más temprano en</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Move to another task</source>
        <translation>Mover a otra tarea</translation>
    </message>
    <message>
        <source>Move the start times</source>
        <translation>Mover las horas de inicio</translation>
    </message>
    <message>
        <source>Move later or earlier</source>
        <translation>Mover más tarde o más temprano</translation>
    </message>
    <message>
        <source>Days to move</source>
        <translation>Días que mover</translation>
    </message>
    <message>
        <source>Hours and minutes to move</source>
        <translation>Horas y minutos que mover</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n entries</source>
        <translation>
            <numerusform>&amp;Aplicar a %n entrada</numerusform>
            <numerusform>&amp;Aplicar a %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the checked changes</source>
        <translation>Aplicar los cambios marcados</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n entries</source>
        <translation>
            <numerusform>E&amp;liminar %n entrada</numerusform>
            <numerusform>E&amp;liminar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Eliminar las entradas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %n entries</source>
        <translation>
            <numerusform>&amp;Restaurar %n entrada</numerusform>
            <numerusform>&amp;Restaurar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the selected deleted entries</source>
        <translation>Restaurar las entradas eliminadas seleccionadas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Focus entry %1</source>
        <translation>Entrada de Focus %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Dete&amp;ner</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Deteniendo tras la solicitud en curso…</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusConnectionTest</name>
    <message>
        <source>Enter your Focus API key first.</source>
        <translation>Introduzca primero su clave de API de Focus.</translation>
    </message>
    <message>
        <source>Enter the organization ID first: the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>Introduzca primero el ID de la organización: el número que sigue a /organizations/ en la dirección de la aplicación web de Focus.</translation>
    </message>
    <message>
        <source>Checking the API key…</source>
        <translation>Comprobando la clave de API…</translation>
    </message>
    <message>
        <source>%1 answered, but not like Toggl Focus: check the server address.</source>
        <translation>%1 respondió, pero no como Toggl Focus: compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The API key works, but your Focus account has no current workspace: open Toggl Focus once and choose one.</source>
        <translation>La clave de API funciona, pero su cuenta de Focus no tiene un espacio de trabajo actual: abra Toggl Focus una vez y elija uno.</translation>
    </message>
    <message>
        <source>Checking organization %1…</source>
        <translation>Comprobando la organización %1…</translation>
    </message>
    <message>
        <source>%1 answered the task list, but not like Toggl Focus: check the server address.</source>
        <translation>%1 respondió a la lista de tareas, pero no como Toggl Focus: compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Connected: organization %1, workspace %2. Tasks: %3.</source>
        <translation>Conectado: organización %1, espacio de trabajo %2. Tareas: %3.</translation>
    </message>
    <message>
        <source>Connected: organization %1, workspace %2.</source>
        <translation>Conectado: organización %1, espacio de trabajo %2.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the network connection and the server address.</source>
        <translation>No se puede acceder a %1: %2. Compruebe la conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection, then try again.</source>
        <translation>%1 no respondió a tiempo. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Focus server had an error (HTTP %1). Try again later.</source>
        <translation>El servidor de Focus tuvo un error (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The Focus API key was refused. Copy it again from your Toggl Focus profile.</source>
        <translation>La clave de API de Focus fue rechazada. Cópiela de nuevo desde su perfil de Toggl Focus.</translation>
    </message>
    <message>
        <source>The API key works, but has no access to organization %1 (workspace %2). Check the organization ID: it is the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>La clave de API funciona, pero no tiene acceso a la organización %1 (espacio de trabajo %2). Compruebe el ID de la organización: es el número que sigue a /organizations/ en la dirección de la aplicación web de Focus.</translation>
    </message>
    <message>
        <source>Organization %1 or its workspace %2 was not found. Check the organization ID: it is the number after /organizations/ in the Focus web app&apos;s address.</source>
        <translation>No se encontró la organización %1 o su espacio de trabajo %2. Compruebe el ID de la organización: es el número que sigue a /organizations/ en la dirección de la aplicación web de Focus.</translation>
    </message>
    <message>
        <source>%1 does not serve the Toggl Focus API: check the server address.</source>
        <translation>%1 no ofrece la API de Toggl Focus: compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Toggl Focus refused the test: %1</source>
        <translation>Toggl Focus rechazó la prueba: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusPage</name>
    <message>
        <source>Toggl Focus is not set up</source>
        <translation>Toggl Focus no está configurado</translation>
    </message>
    <message>
        <source>Add your Focus API key and organization ID in Settings to see your Focus tasks here and track time on them.</source>
        <translation>Añada su clave de API y el ID de su organización de Focus en la configuración para ver aquí sus tareas de Focus y registrar tiempo en ellas.</translation>
    </message>
    <message>
        <source>How to set up Toggl Focus</source>
        <translation>Cómo configurar Toggl Focus</translation>
    </message>
    <message>
        <source>Set &amp;up Toggl Focus…</source>
        <translation>Configu&amp;rar Toggl Focus…</translation>
    </message>
    <message>
        <source>Open the Toggl Focus settings</source>
        <translation>Abrir la configuración de Toggl Focus</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSession</name>
    <message>
        <source>Toggl Focus needs an API key and an organization ID</source>
        <translation>Toggl Focus necesita una clave de API y un ID de organización</translation>
    </message>
    <message>
        <source>Toggl Focus did not name a current workspace</source>
        <translation>Toggl Focus no indicó ningún espacio de trabajo actual</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSettingsSection</name>
    <message>
        <source>S&amp;how key</source>
        <translation>&amp;Mostrar clave</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Focus API key</source>
        <translation>Clave de API de Focus</translation>
    </message>
    <message>
        <source>Empty: Focus is off</source>
        <translation>Vacío: Focus desactivado</translation>
    </message>
    <message>
        <source>Show the Focus API key</source>
        <translation>Mostrar la clave de API de Focus</translation>
    </message>
    <message>
        <source>Focus organization ID</source>
        <translation>ID de la organización de Focus</translation>
    </message>
    <message>
        <source>A number, e.g. 123456</source>
        <translation>Un número, p. ej. 123456</translation>
    </message>
    <message>
        <source>Test the Focus connection</source>
        <translation>Probar la conexión con Focus</translation>
    </message>
    <message>
        <source>Focus connection status</source>
        <translation>Estado de la conexión con Focus</translation>
    </message>
    <message>
        <source>Find the API key in Toggl Focus under your profile; the organization ID is the number after /organizations/ in the Focus web app&apos;s address. The key is kept in the system keychain with your sign-in.</source>
        <translation>Encontrará la clave de API en Toggl Focus, en su perfil; el ID de la organización es el número que sigue a /organizations/ en la dirección de la aplicación web de Focus. La clave se guarda en el llavero del sistema junto con su inicio de sesión.</translation>
    </message>
    <message>
        <source>Where to find the Focus API key and organization ID</source>
        <translation>Dónde encontrar la clave de API y el ID de la organización de Focus</translation>
    </message>
    <message>
        <source>Focus &amp;API key:</source>
        <translation>C&amp;lave de API de Focus:</translation>
    </message>
    <message>
        <source>O&amp;rganization ID:</source>
        <translation>ID de la &amp;organización:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSetup</name>
    <message>
        <source>Punchclock is not signed in with a saved account (for example, it runs with PUNCHCLOCK_TOKEN), so the Focus key is used until Punchclock quits.</source>
        <translation>Punchclock no ha iniciado sesión con una cuenta guardada (por ejemplo, se ejecuta con PUNCHCLOCK_TOKEN), así que la clave de Focus se usa hasta que Punchclock se cierre.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the Focus key is used until Punchclock quits.</source>
        <translation>No hay ningún llavero disponible (%1), así que la clave de Focus se usa hasta que Punchclock se cierre.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer in the keychain, so the Focus key is used until Punchclock quits.</source>
        <translation>El inicio de sesión guardado ya no está en el llavero, así que la clave de Focus se usa hasta que Punchclock se cierre.</translation>
    </message>
    <message>
        <source>The keychain did not store the Focus key (%1), so it is used until Punchclock quits.</source>
        <translation>El llavero no guardó la clave de Focus (%1), así que se usa hasta que Punchclock se cierre.</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusSync</name>
    <message numerus="yes">
        <source>%n unsent Toggl Focus change(s) belong to another API key or organization (organization %1); they are kept and sent when you use it again.</source>
        <translation>
            <numerusform>%n cambio de Toggl Focus sin enviar pertenece a otra clave de API u organización (organización %1); se conserva y se envía cuando vuelva a usarla.</numerusform>
            <numerusform>%n cambios de Toggl Focus sin enviar pertenecen a otra clave de API u organización (organización %1); se conservan y se envían cuando vuelva a usarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTaskModel</name>
    <message>
        <source>%1 of %2 tracked (%3%)</source>
        <translation>%1 de %2 registrado (%3 %)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTaskTimer</name>
    <message>
        <source>Not connected to Toggl Focus: the timer keeps running</source>
        <translation>Sin conexión con Toggl Focus: el temporizador sigue en marcha</translation>
    </message>
    <message>
        <source>Could not save the Focus entry (the timer keeps running): %1</source>
        <translation>No se pudo guardar la entrada de Focus (el temporizador sigue en marcha): %1</translation>
    </message>
    <message>
        <source>Could not save the Focus entry locally (the timer keeps running)</source>
        <translation>No se pudo guardar la entrada de Focus localmente (el temporizador sigue en marcha)</translation>
    </message>
    <message>
        <source>Toggl Focus refused the timed entry: %1</source>
        <translation>Toggl Focus rechazó la entrada cronometrada: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusTimeEntryModel</name>
    <message>
        <source>Not connected to Toggl Focus</source>
        <translation>Sin conexión con Toggl Focus</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Could not save the change locally</source>
        <translation>No se pudo guardar el cambio localmente</translation>
    </message>
</context>
<context>
    <name>punchclock::FocusView</name>
    <message>
        <source>Focus tasks</source>
        <translation>Tareas de Focus</translation>
    </message>
    <message>
        <source>Time entries of the selected task</source>
        <translation>Entradas de tiempo de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Focus status</source>
        <translation>Estado de Focus</translation>
    </message>
    <message>
        <source>Tasks loaded</source>
        <translation>Tareas cargadas</translation>
    </message>
    <message>
        <source>Saved %1 on the task</source>
        <translation>Se guardaron %1 en la tarea</translation>
    </message>
    <message>
        <source>Filter tasks by status</source>
        <translation>Filtrar tareas por estado</translation>
    </message>
    <message>
        <source>Filter tasks by project</source>
        <translation>Filtrar tareas por proyecto</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Search tasks, projects, statuses</source>
        <translation>Buscar tareas, proyectos, estados</translation>
    </message>
    <message>
        <source>Archived tasks</source>
        <translation>Tareas archivadas</translation>
    </message>
    <message>
        <source>Show archived tasks</source>
        <translation>Mostrar las tareas archivadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload the Focus tasks</source>
        <translation>Volver a cargar las tareas de Focus</translation>
    </message>
    <message>
        <source>Focus timer</source>
        <translation>Temporizador de Focus</translation>
    </message>
    <message>
        <source>Start timer on task</source>
        <translation>Iniciar temporizador en la tarea</translation>
    </message>
    <message>
        <source>Start a timer on the selected task</source>
        <translation>Iniciar un temporizador en la tarea seleccionada</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the Focus timer and save the entry</source>
        <translation>Detener el temporizador de Focus y guardar la entrada</translation>
    </message>
    <message>
        <source>Timer started on %1</source>
        <translation>Temporizador iniciado en %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive the selected entries</source>
        <translation>Archivar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Unarchive the selected entries</source>
        <translation>Desarchivar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected deleted entries</source>
        <translation>Restaurar las entradas eliminadas seleccionadas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Eliminar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Archived and deleted</source>
        <translation>Archivadas y eliminadas</translation>
    </message>
    <message>
        <source>Show archived and deleted entries</source>
        <translation>Mostrar las entradas archivadas y eliminadas</translation>
    </message>
    <message>
        <source>Edit entries…</source>
        <translation>Editar entradas…</translation>
    </message>
    <message>
        <source>Edit or delete the selected entries at once</source>
        <translation>Editar o eliminar a la vez las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Deshacer edición masiva</translation>
    </message>
    <message>
        <source>Undo the last bulk edit</source>
        <translation>Deshacer la última edición masiva</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No Focus timer running</source>
        <translation>Ningún temporizador de Focus en marcha</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n entries…</source>
        <translation>
            <numerusform>Editar %n entrada…</numerusform>
            <numerusform>Editar %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes of another Focus account</source>
        <translation>Cambios sin enviar de otra cuenta de Focus</translation>
    </message>
    <message>
        <source>Send with &amp;This Key…</source>
        <translation>Enviar con es&amp;ta clave…</translation>
    </message>
    <message>
        <source>Send the waiting changes with this key</source>
        <translation>Enviar los cambios en espera con esta clave</translation>
    </message>
    <message>
        <source>For a key you regenerated: send the changes made in this organization with your previous key using this one</source>
        <translation>Para una clave que regeneró: enviar con esta los cambios hechos en esta organización con su clave anterior</translation>
    </message>
    <message>
        <source>Send with This Key</source>
        <translation>Enviar con esta clave</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) made in this organization with another API key, using the current key? Do this when you regenerated your own key: they are saved as the current key&apos;s user.</source>
        <translation>
            <numerusform>¿Enviar %n cambio hecho en esta organización con otra clave de API usando la clave actual? Hágalo si regeneró su propia clave: se guarda como usuario de la clave actual.</numerusform>
            <numerusform>¿Enviar %n cambios hechos en esta organización con otra clave de API usando la clave actual? Hágalo si regeneró su propia clave: se guardan como usuario de la clave actual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) are sent with this key</source>
        <translation>
            <numerusform>%n cambio en espera se envía con esta clave</numerusform>
            <numerusform>%n cambios en espera se envían con esta clave</numerusform>
        </translation>
    </message>
    <message>
        <source>One timer runs at a time: starting this stops the Track timer.</source>
        <translation>Solo funciona un temporizador a la vez: iniciar este detiene el temporizador de Track.</translation>
    </message>
</context>
<context>
    <name>punchclock::GlobalShortcuts</name>
    <message>
        <source>No session bus</source>
        <translation>No hay bus de sesión</translation>
    </message>
    <message>
        <source>The portal refused a shortcuts session (%1)</source>
        <translation>El portal rechazó una sesión de atajos (%1)</translation>
    </message>
    <message>
        <source>Start or stop the timer</source>
        <translation>Iniciar o detener el temporizador</translation>
    </message>
    <message>
        <source>Show Punchclock</source>
        <translation>Mostrar Punchclock</translation>
    </message>
    <message>
        <source>Continue the last entry</source>
        <translation>Continuar la última entrada</translation>
    </message>
    <message>
        <source>The shortcuts were not bound (%1)</source>
        <translation>Los atajos no se asignaron (%1)</translation>
    </message>
</context>
<context>
    <name>punchclock::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>&amp;Show the entries of:</source>
        <translation>&amp;Mostrar las entradas del:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Go to this date</source>
        <translation>Ir a esta fecha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>punchclock::HeadlessRunner</name>
    <message>
        <source>Not signed in: start Punchclock and sign in, or set PUNCHCLOCK_TOKEN</source>
        <translation>Sin sesión: inicie Punchclock e inicie sesión, o defina PUNCHCLOCK_TOKEN</translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>El servidor rechazó las credenciales: %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: saved, %n change(s) waiting; they are sent by the next command or by Punchclock</source>
        <translation>
            <numerusform>Sin conexión: guardado, %n cambio en espera; lo envía la próxima orden o Punchclock</numerusform>
            <numerusform>Sin conexión: guardado, %n cambios en espera; los envía la próxima orden o Punchclock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::HistoryFooter</name>
    <message>
        <source>Older entries</source>
        <translation>Entradas anteriores</translation>
    </message>
    <message>
        <source>Loading older entries</source>
        <translation>Cargando entradas anteriores</translation>
    </message>
    <message>
        <source>Older entries status</source>
        <translation>Estado de las entradas anteriores</translation>
    </message>
    <message>
        <source>Load earlier week</source>
        <translation>Cargar la semana anterior</translation>
    </message>
    <message>
        <source>Read the entries of the week of %1 from the server</source>
        <translation>Leer del servidor las entradas de la semana del %1</translation>
    </message>
    <message>
        <source>Loading the week of %1…</source>
        <translation>Cargando la semana del %1…</translation>
    </message>
    <message>
        <source>Loaded back to the week of %1</source>
        <translation>Cargado hasta la semana del %1</translation>
    </message>
    <message>
        <source>Load Earlier &amp;Week</source>
        <translation>Cargar se&amp;mana anterior</translation>
    </message>
</context>
<context>
    <name>punchclock::HistoryLoader</name>
    <message>
        <source>the hourly request quota is used up; it resets at %1</source>
        <translation>la cuota horaria de solicitudes está agotada; se renueva a las %1</translation>
    </message>
    <message>
        <source>the hourly request quota is used up</source>
        <translation>la cuota horaria de solicitudes está agotada</translation>
    </message>
    <message>
        <source>the server refused it as a paid feature (402)</source>
        <translation>el servidor lo rechazó como función de pago (402)</translation>
    </message>
    <message>
        <source>the server asks to slow down (429); try again in a minute</source>
        <translation>el servidor pide ir más despacio (429); inténtalo de nuevo en un minuto</translation>
    </message>
    <message>
        <source>offline, or the server did not answer (%1)</source>
        <translation>sin conexión, o el servidor no respondió (%1)</translation>
    </message>
    <message>
        <source>Could not load the week of %1: %2</source>
        <translation>No se pudo cargar la semana del %1: %2</translation>
    </message>
    <message>
        <source>not signed in yet</source>
        <translation>aún no has iniciado sesión</translation>
    </message>
</context>
<context>
    <name>punchclock::KIdleTimeSource</name>
    <message>
        <source>KDE Frameworks (KIdleTime)</source>
        <translation>KDE Frameworks (KIdleTime)</translation>
    </message>
    <message>
        <source>KIdleTime has no backend here</source>
        <translation>KIdleTime no tiene motor aquí</translation>
    </message>
</context>
<context>
    <name>punchclock::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Search description, project or tags</source>
        <translation>Buscar descripción, proyecto o etiquetas</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Time entries</source>
        <translation>E&amp;ntradas de tiempo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Temporizador</translation>
    </message>
    <message>
        <source>&amp;Start or Stop</source>
        <translation>&amp;Iniciar o detener</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Punchclock</source>
        <translation>&amp;Acerca de Punchclock</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Remaining requests</source>
        <translation>Solicitudes restantes</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time entries loaded</source>
        <translation>
            <numerusform>%n entrada de tiempo cargada</numerusform>
            <numerusform>%n entradas de tiempo cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests left this hour</source>
        <translation>
            <numerusform>Queda %n solicitud en esta hora</numerusform>
            <numerusform>Quedan %n solicitudes en esta hora</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Entrada eliminada</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry loading entries</source>
        <translation>Volver a intentar cargar las entradas</translation>
    </message>
    <message>
        <source>Entries state</source>
        <translation>Estado de las entradas</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Aña&amp;dir entrada…</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Cargando entradas…</translation>
    </message>
    <message>
        <source>No entries yet — start the timer</source>
        <translation>Aún no hay entradas: inicie el temporizador</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload the entries from the server</source>
        <translation>Volver a cargar las entradas desde el servidor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Semana del %1: %n entrada</numerusform>
            <numerusform>Semana del %1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries on %1</source>
        <translation>No hay entradas el %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando el %1</translation>
    </message>
    <message>
        <source>Retry loading that week</source>
        <translation>Volver a intentar cargar esa semana</translation>
    </message>
    <message>
        <source>Load &amp;Earlier Week</source>
        <translation>Cargar s&amp;emana anterior</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Weekly Report…</source>
        <translation>Informe &amp;semanal…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>The entries as a list</source>
        <translation>Las entradas como lista</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>A day on a timeline</source>
        <translation>Un día en la línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>A week on a timeline</source>
        <translation>Una semana en la línea de tiempo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mini Timer</source>
        <translation>&amp;Mini temporizador</translation>
    </message>
</context>
<context>
    <name>punchclock::MiniTimer</name>
    <message>
        <source>Punchclock Mini Timer</source>
        <translation>Mini temporizador de Punchclock</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini temporizador</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Mostrar la ventana principal</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>No entries yet</source>
        <translation>Aún no hay entradas</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Última: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Stop “%1”</source>
        <translation>Detener «%1»</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>Continuar «%1»</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
</context>
<context>
    <name>punchclock::Outbox</name>
    <message>
        <source>Could not write the local database: %1</source>
        <translation>No se pudo escribir en la base de datos local: %1</translation>
    </message>
    <message>
        <source>Could not save the change locally: %1</source>
        <translation>No se pudo guardar el cambio localmente: %1</translation>
    </message>
    <message>
        <source>Could not record a sent change: %1</source>
        <translation>No se pudo registrar un cambio enviado: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::OutboxBatchRun</name>
    <message>
        <source>The change could not be saved locally</source>
        <translation>El cambio no se pudo guardar localmente</translation>
    </message>
    <message>
        <source>The change is saved and will be sent once you are signed in</source>
        <translation>El cambio está guardado y se enviará en cuanto inicie sesión</translation>
    </message>
    <message>
        <source>%1 — the change is saved and will be sent when the server answers again</source>
        <translation>%1: el cambio está guardado y se enviará cuando el servidor vuelva a responder</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroActions</name>
    <message>
        <source>Stop &amp;Pomodoro</source>
        <translation>Detener &amp;Pomodoro</translation>
    </message>
    <message>
        <source>Start &amp;Pomodoro</source>
        <translation>Iniciar &amp;Pomodoro</translation>
    </message>
    <message>
        <source>S&amp;kip to the Break</source>
        <translation>&amp;Saltar al descanso</translation>
    </message>
    <message>
        <source>S&amp;kip the Break</source>
        <translation>&amp;Saltar el descanso</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroSettingsSection</name>
    <message>
        <source>Work minutes</source>
        <translation>Minutos de trabajo</translation>
    </message>
    <message>
        <source>Short break minutes</source>
        <translation>Minutos de descanso corto</translation>
    </message>
    <message>
        <source>Long break minutes</source>
        <translation>Minutos de descanso largo</translation>
    </message>
    <message>
        <source>&amp;Stop the Toggl timer during breaks and continue it after</source>
        <translation>&amp;Detener el temporizador de Toggl en los descansos y continuarlo después</translation>
    </message>
    <message>
        <source>Play a so&amp;und at each change</source>
        <translation>Reproducir un so&amp;nido en cada cambio</translation>
    </message>
    <message>
        <source>Work phases before a long break</source>
        <translation>Fases de trabajo antes de un descanso largo</translation>
    </message>
    <message>
        <source>Stop the Toggl timer during breaks and continue it after</source>
        <translation>Detener el temporizador de Toggl en los descansos y continuarlo después</translation>
    </message>
    <message>
        <source>Play a sound at each change</source>
        <translation>Reproducir un sonido en cada cambio</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Trabajo:</translation>
    </message>
    <message>
        <source>S&amp;hort break:</source>
        <translation>Descanso &amp;corto:</translation>
    </message>
    <message>
        <source>&amp;Long break:</source>
        <translation>Descanso &amp;largo:</translation>
    </message>
    <message>
        <source>Long break &amp;after:</source>
        <translation>Descanso largo &amp;tras:</translation>
    </message>
    <message>
        <source> work phases</source>
        <translation> fases de trabajo</translation>
    </message>
    <message>
        <source>Start the Pomodoro from the Timer menu (Ctrl+Shift+P) or the tray.</source>
        <translation>Inicie el Pomodoro desde el menú Temporizador (Ctrl+Mayús+P) o la bandeja.</translation>
    </message>
    <message>
        <source>How to start the Pomodoro</source>
        <translation>Cómo iniciar el Pomodoro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroStatusLabel</name>
    <message>
        <source>Pomodoro</source>
        <translation>Pomodoro</translation>
    </message>
    <message>
        <source>Pomodoro: %1</source>
        <translation>Pomodoro: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::PomodoroTimer</name>
    <message>
        <source>Pomodoro off</source>
        <translation>Pomodoro apagado</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Descanso corto</translation>
    </message>
    <message>
        <source>Long break</source>
        <translation>Descanso largo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Pomodoro phase, remaining time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pomodoro: work</source>
        <translation>Pomodoro: trabajo</translation>
    </message>
    <message numerus="yes">
        <source>Work for %n minute(s), until %1.</source>
        <translation>
            <numerusform>Trabaje %n minuto, hasta las %1.</numerusform>
            <numerusform>Trabaje %n minutos, hasta las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pomodoro: long break</source>
        <translation>Pomodoro: descanso largo</translation>
    </message>
    <message>
        <source>Pomodoro: short break</source>
        <translation>Pomodoro: descanso corto</translation>
    </message>
    <message numerus="yes">
        <source>Take a break of %n minute(s), until %1.</source>
        <translation>
            <numerusform>Descanse %n minuto, hasta las %1.</numerusform>
            <numerusform>Descanse %n minutos, hasta las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timer was stopped and continues after the break.</source>
        <translation>El temporizador se detuvo y continúa tras el descanso.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Stop Pomodoro</source>
        <translation>Detener Pomodoro</translation>
    </message>
</context>
<context>
    <name>punchclock::PresenceSettingsSection</name>
    <message>
        <source>Stop the timer</source>
        <translation>Detener el temporizador</translation>
    </message>
    <message>
        <source>Ask when I am back</source>
        <translation>Preguntar cuando vuelva</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>&amp;Ask about idle time</source>
        <translation>Pregunt&amp;ar por el tiempo inactivo</translation>
    </message>
    <message>
        <source>While a timer runs and there is no input, ask on return what to do with that time</source>
        <translation>Mientras un temporizador está en marcha y no hay actividad, preguntar al volver qué hacer con ese tiempo</translation>
    </message>
    <message>
        <source>Idle after minutes</source>
        <translation>Inactivo tras minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Fuente de inactividad</translation>
    </message>
    <message>
        <source>When the computer sleeps</source>
        <translation>Cuando el equipo se suspende</translation>
    </message>
    <message>
        <source>When the computer shuts down</source>
        <translation>Cuando el equipo se apaga</translation>
    </message>
    <message>
        <source>When the screen locks</source>
        <translation>Cuando se bloquea la pantalla</translation>
    </message>
    <message>
        <source>Idle &amp;after:</source>
        <translation>Inactivo &amp;tras:</translation>
    </message>
    <message>
        <source>When the computer &amp;sleeps:</source>
        <translation>Cuando el equipo se &amp;suspende:</translation>
    </message>
    <message>
        <source>When it s&amp;huts down:</source>
        <translation>Cuando se a&amp;paga:</translation>
    </message>
    <message>
        <source>When the screen &amp;locks:</source>
        <translation>Cuando se &amp;bloquea la pantalla:</translation>
    </message>
    <message>
        <source>Idle time comes from: %1</source>
        <translation>El tiempo inactivo viene de: %1</translation>
    </message>
    <message>
        <source>No idle time source was found on this desktop: idle time cannot be detected.</source>
        <translation>No se encontró ninguna fuente de inactividad en este escritorio: no se puede detectar el tiempo inactivo.</translation>
    </message>
    <message>
        <source>Looking for an idle time source…</source>
        <translation>Buscando una fuente de inactividad…</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project: type to find or create one</source>
        <translation>Proyecto: escribe para buscar o crear uno</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPickerModel</name>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Create project &quot;%1&quot;…</source>
        <translation>Crear el proyecto «%1»…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ProjectPickerPopup</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Find or create a project</source>
        <translation>Buscar o crear un proyecto</translation>
    </message>
    <message>
        <source>Find or create a project…</source>
        <translation>Buscar o crear un proyecto…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Projects of this workspace</source>
        <translation>Proyectos de este espacio de trabajo</translation>
    </message>
    <message>
        <source>A saved entry stays in its workspace: only its projects are listed</source>
        <translation>Una entrada guardada se queda en su espacio de trabajo: solo se listan sus proyectos</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Creando el proyecto…</translation>
    </message>
</context>
<context>
    <name>punchclock::ReminderSettingsSection</name>
    <message>
        <source>Remind me to &amp;track when no timer runs during working hours</source>
        <translation>Recordarme &amp;registrar cuando no haya temporizador en horario laboral</translation>
    </message>
    <message>
        <source>Remind me when a timer has run &amp;longer than</source>
        <translation>Recordarme cuando un temporizador lleve en marcha &amp;más de</translation>
    </message>
    <message>
        <source>Remind me to track when no timer runs during working hours</source>
        <translation>Recordarme registrar cuando no haya temporizador en horario laboral</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>One or more time ranges, separated by commas, e.g. 9:00–12:00, 13:00–17:00</source>
        <translation>Uno o varios intervalos separados por comas, p. ej. 9:00–12:00, 13:00–17:00</translation>
    </message>
    <message>
        <source>Working hours error</source>
        <translation>Error en el horario laboral</translation>
    </message>
    <message>
        <source>Type the hours as ranges, e.g. 9:00–12:00, 13:00–17:00.</source>
        <translation>Escriba las horas como intervalos, p. ej. 9:00–12:00, 13:00–17:00.</translation>
    </message>
    <message>
        <source>Remind me when a timer has run longer than</source>
        <translation>Recordarme cuando un temporizador lleve en marcha más de</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours before the long-running reminder</source>
        <translation>Horas antes del recordatorio de temporizador largo</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
</context>
<context>
    <name>punchclock::ReportFilterBar</name>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Show the time of this project</source>
        <translation>Mostrar el tiempo de este proyecto</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Show the time of this client&apos;s projects</source>
        <translation>Mostrar el tiempo de los proyectos de este cliente</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Show the time of entries with this tag</source>
        <translation>Mostrar el tiempo de las entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project (client)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
</context>
<context>
    <name>punchclock::ReturnDialog</name>
    <message>
        <source>the timer</source>
        <translation>el temporizador</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>The computer slept from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>El equipo estuvo suspendido de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
            <numerusform>El equipo estuvo suspendido de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The screen was locked from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>La pantalla estuvo bloqueada de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
            <numerusform>La pantalla estuvo bloqueada de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The computer was shut down from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>El equipo estuvo apagado de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
            <numerusform>El equipo estuvo apagado de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were idle from %1 to %2 (%n min) while %3 was running.</source>
        <translation>
            <numerusform>Estuvo inactivo de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
            <numerusform>Estuvo inactivo de %1 a %2 (%n min) mientras %3 estaba en marcha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome Back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Tiempo ausente</translation>
    </message>
    <message>
        <source>&amp;Discard idle time and continue</source>
        <translation>&amp;Descartar el tiempo inactivo y continuar</translation>
    </message>
    <message>
        <source>&amp;Discard time away and continue</source>
        <translation>&amp;Descartar el tiempo ausente y continuar</translation>
    </message>
    <message>
        <source>Discard idle time and &amp;stop</source>
        <translation>Descartar el tiempo inactivo y &amp;detener</translation>
    </message>
    <message>
        <source>Discard time away and &amp;stop</source>
        <translation>Descartar el tiempo ausente y &amp;detener</translation>
    </message>
    <message>
        <source>&amp;Keep idle time</source>
        <translation>&amp;Conservar el tiempo inactivo</translation>
    </message>
    <message>
        <source>&amp;Keep time away</source>
        <translation>&amp;Conservar el tiempo ausente</translation>
    </message>
    <message>
        <source>&amp;Add idle time as a new entry…</source>
        <translation>&amp;Añadir el tiempo inactivo como nueva entrada…</translation>
    </message>
    <message>
        <source>&amp;Add time away as a new entry…</source>
        <translation>&amp;Añadir el tiempo ausente como nueva entrada…</translation>
    </message>
    <message>
        <source>&amp;Description of %1–%2:</source>
        <translation>&amp;Descripción de %1–%2:</translation>
    </message>
    <message>
        <source>Description of the new entry</source>
        <translation>Descripción de la nueva entrada</translation>
    </message>
    <message>
        <source>Add &amp;Entry</source>
        <translation>Añadir &amp;entrada</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>punchclock::ReturnNotification</name>
    <message>
        <source>Welcome back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Discard idle time and continue</source>
        <translation>Descartar el tiempo inactivo y continuar</translation>
    </message>
    <message>
        <source>Discard time away and continue</source>
        <translation>Descartar el tiempo ausente y continuar</translation>
    </message>
    <message>
        <source>Discard idle time and stop</source>
        <translation>Descartar el tiempo inactivo y detener</translation>
    </message>
    <message>
        <source>Discard time away and stop</source>
        <translation>Descartar el tiempo ausente y detener</translation>
    </message>
    <message>
        <source>Keep idle time</source>
        <translation>Conservar el tiempo inactivo</translation>
    </message>
    <message>
        <source>Keep time away</source>
        <translation>Conservar el tiempo ausente</translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation>Temporizador detenido</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>punchclock::SettingsDialog</name>
    <message>
        <source>&amp;Close to tray</source>
        <translation>Al cerrar, quedarse en la &amp;bandeja</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes the next time Punchclock starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Punchclock.</translation>
    </message>
    <message>
        <source>Closing the window keeps Punchclock running in the tray</source>
        <translation>Al cerrar la ventana, Punchclock sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Toggl &amp;Focus</source>
        <translation>Toggl &amp;Focus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>&amp;Idle &amp;&amp; Sleep</source>
        <translation>&amp;Inactividad y suspensión</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Pomodoro</source>
        <translation>&amp;Pomodoro</translation>
    </message>
    <message>
        <source>Global shortcuts:</source>
        <translation>Atajos globales:</translation>
    </message>
</context>
<context>
    <name>punchclock::Shell</name>
    <message>
        <source>Pomodoro: %1</source>
        <translation>Pomodoro: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ShortcutsNote</name>
    <message>
        <source>Global shortcuts</source>
        <translation>Atajos globales</translation>
    </message>
    <message>
        <source>Bind this command to a key in your desktop&apos;s keyboard settings:</source>
        <translation>Asigne esta orden a una tecla en la configuración de teclado de su escritorio:</translation>
    </message>
    <message>
        <source>Registered with your desktop: “Start or stop the timer”, “Show Punchclock” and “Continue the last entry”. Choose their keys in the desktop&apos;s settings.</source>
        <translation>Registrados en su escritorio: «Iniciar o detener el temporizador», «Mostrar Punchclock» y «Continuar la última entrada». Elija sus teclas en la configuración del escritorio.</translation>
    </message>
    <message>
        <source>Asking the desktop for global shortcuts…</source>
        <translation>Pidiendo atajos globales al escritorio…</translation>
    </message>
    <message>
        <source>Your desktop offers no global shortcuts portal.</source>
        <translation>Su escritorio no ofrece un portal de atajos globales.</translation>
    </message>
    <message>
        <source>The desktop did not register the shortcuts.</source>
        <translation>El escritorio no registró los atajos.</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInDialog</name>
    <message>
        <source>Sign in – Punchclock</source>
        <translation>Iniciar sesión – Punchclock</translation>
    </message>
    <message>
        <source>Sign in to Toggl Track</source>
        <translation>Iniciar sesión en Toggl Track</translation>
    </message>
    <message>
        <source>Use your Track API token, or your email and password.</source>
        <translation>Use su token de API de Track, o su correo electrónico y contraseña.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Acerca del inicio de sesión</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Token de API</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Iniciar sesión con un token de API</translation>
    </message>
    <message>
        <source>&amp;Email and password</source>
        <translation>&amp;Correo y contraseña</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>Iniciar sesión con correo electrónico y contraseña</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 letras y cifras</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>T&amp;oken de API:</translation>
    </message>
    <message>
        <source>Find it in Toggl Track → Profile settings → API Token, at the bottom of the page.</source>
        <translation>Lo encontrará en Toggl Track → Profile settings → API Token, al final de la página.</translation>
    </message>
    <message>
        <source>Where to find your API token</source>
        <translation>Dónde encontrar su token de API</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Your password is used once to fetch your API token; it is not kept.</source>
        <translation>Su contraseña se usa una sola vez para obtener su token de API; no se guarda.</translation>
    </message>
    <message>
        <source>About your password</source>
        <translation>Acerca de su contraseña</translation>
    </message>
    <message>
        <source>&amp;Advanced: server and Focus</source>
        <translation>&amp;Avanzado: servidor y Focus</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Mostrar las opciones avanzadas</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Leave empty for Toggl Track. https only; plain http only to this computer (the sandbox).</source>
        <translation>Déjelo vacío para Toggl Track. Solo https; http sin cifrar solo hacia este equipo (el sandbox).</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>Focus API key (optional)</source>
        <translation>Clave de API de Focus (opcional)</translation>
    </message>
    <message>
        <source>&amp;Focus API key:</source>
        <translation>Clave de API de &amp;Focus:</translation>
    </message>
    <message>
        <source>Focus organization ID (optional)</source>
        <translation>ID de organización de Focus (opcional)</translation>
    </message>
    <message>
        <source>Focus &amp;organization ID:</source>
        <translation>I&amp;D de organización de Focus:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Comprobando con el servidor…</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Progreso del inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Ocultar las opciones avanzadas</translation>
    </message>
    <message>
        <source>&amp;Sign in for this session only</source>
        <translation>Iniciar sesión solo para esta sesió&amp;n</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <translation>Iniciar sesión solo para esta sesión</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInFlow</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Sesión iniciada de nuevo.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Use your Track API token, or your email and password.</source>
        <translation>Use su token de API de Track, o su correo electrónico y contraseña.</translation>
    </message>
    <message>
        <source>Your saved sign-in for %1 could not be read from the keychain. Please sign in again.</source>
        <translation>No se pudo leer del llavero su inicio de sesión guardado para %1. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your API token (it may have been reset). Enter the new one to continue: your running timer and unsent changes are kept.</source>
        <translation>%1 ya no acepta su token de API (puede que se haya restablecido). Introduzca el nuevo para continuar: su temporizador en marcha y los cambios sin enviar se conservan.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, or cancel to quit.</source>
        <translation>Ha cerrado la sesión. Vuelva a iniciarla, o cancele para salir.</translation>
    </message>
    <message>
        <source>Punchclock was started with PUNCHCLOCK_TOKEN, so this sign-in is used for this session only and nothing is saved.</source>
        <translation>Punchclock se inició con PUNCHCLOCK_TOKEN, así que este inicio de sesión solo vale para esta sesión y no se guarda nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (no Secret Service is running), so Punchclock cannot remember this sign-in. It never writes credentials to disk: you can sign in for this session only, or start a keyring such as GNOME Keyring or KWallet and restart Punchclock.</source>
        <translation>&lt;b&gt;No hay ningún llavero disponible&lt;/b&gt; (no hay ningún Secret Service en marcha), así que Punchclock no puede recordar este inicio de sesión. Nunca escribe credenciales en el disco: puede iniciar sesión solo para esta sesión, o iniciar un llavero como GNOME Keyring o KWallet y reiniciar Punchclock.</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Sesión iniciada solo para esta sesión</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain could not save your credentials, so you will be asked again next time. Nothing was written to disk.</source>
        <translation>Ha iniciado sesión, pero el llavero no pudo guardar sus credenciales, así que se le volverán a pedir la próxima vez. No se escribió nada en el disco.</translation>
    </message>
</context>
<context>
    <name>punchclock::SignInVerifier</name>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation>Introduzca su token de API.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in but sent no API token.</source>
        <translation>El servidor aceptó el inicio de sesión pero no envió ningún token de API.</translation>
    </message>
    <message>
        <source>The email or password is wrong (the server answered %1).</source>
        <translation>El correo electrónico o la contraseña no son correctos (el servidor respondió %1).</translation>
    </message>
    <message>
        <source>The server rejected this API token (it answered %1). Copy it again from Toggl Track → Profile settings → API Token.</source>
        <translation>El servidor rechazó este token de API (respondió %1). Vuelva a copiarlo de Toggl Track → Profile settings → API Token.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Use the form https://server.example.com.</source>
        <translation>«%1» no es una dirección de servidor. Use el formato https://servidor.example.com.</translation>
    </message>
    <message>
        <source>%1 is not a secure address: only https:// servers are allowed (plain http:// only to this computer, such as the sandbox).</source>
        <translation>%1 no es una dirección segura: solo se permiten servidores https:// (http:// sin cifrar solo hacia este equipo, como el sandbox).</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your network connection and the server address.</source>
        <translation>No se pudo conectar con %1. Compruebe su conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, then try again.</source>
        <translation>%1 no respondió a tiempo. Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (server error %2). Try again in a few minutes.</source>
        <translation>%1 tiene un problema en este momento (error del servidor %2). Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>%1 asks to wait before signing in again (too many requests). Try again later.</source>
        <translation>%1 pide esperar antes de volver a iniciar sesión (demasiadas solicitudes). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 does not look like a Toggl Track server (no /api/v9/me). Check the server address.</source>
        <translation>%1 no parece un servidor de Toggl Track (no hay /api/v9/me). Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>punchclock::SleepWatcher</name>
    <message>
        <source>Stopping the running timer</source>
        <translation>Deteniendo el temporizador en marcha</translation>
    </message>
</context>
<context>
    <name>punchclock::SyncEngine</name>
    <message>
        <source>No workspace known yet</source>
        <translation>Aún no se conoce ningún espacio de trabajo</translation>
    </message>
    <message>
        <source>The entry was never created on the server</source>
        <translation>La entrada nunca se creó en el servidor</translation>
    </message>
    <message>
        <source>Not connected to Toggl Focus yet</source>
        <translation>Todavía no hay conexión con Toggl Focus</translation>
    </message>
    <message>
        <source>No way to send this change yet</source>
        <translation>Todavía no hay forma de enviar este cambio</translation>
    </message>
</context>
<context>
    <name>punchclock::SyncStatusLabel</name>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) not sent</source>
        <translation>
            <numerusform>Sin conexión · %n cambio sin enviar</numerusform>
            <numerusform>Sin conexión · %n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are saved on this computer and are sent when it answers again.</source>
        <translation>No se puede conectar con el servidor. Sus cambios se guardan en este equipo y se enviarán cuando vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>punchclock::TagsEdit</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
</context>
<context>
    <name>punchclock::TimeEntryModel</name>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>start/stop time format (QDateTime::toString)</comment>
        <translation>ddd d &apos;de&apos; MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>punchclock::TimeOfDayEdit</name>
    <message>
        <source>13:20, 1:20pm, 9 (for 9:00) or -10m (ten minutes ago)</source>
        <translation>13:20, 1:20pm, 9 (para las 9:00) o -10m (hace diez minutos)</translation>
    </message>
    <message>
        <source>Not a time. Try 13:20, 1:20pm, 9 or -10m.</source>
        <translation>No es una hora. Pruebe 13:20, 1:20pm, 9 o -10m.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineCanvas</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Start a new timer like this entry</source>
        <translation>Iniciar un nuevo temporizador como esta entrada</translation>
    </message>
    <message>
        <source>Entry actions</source>
        <translation>Acciones de la entrada</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Aña&amp;dir entrada…</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineEditor</name>
    <message>
        <source>A running entry stops when you stop its timer.</source>
        <translation>Una entrada en marcha termina cuando detiene su temporizador.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineSurface</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineTexts</name>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a running entry&apos;s end</comment>
        <translation>ahora</translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>weekday before the times of an entry over midnight</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Duración %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>overlaps another entry</source>
        <translation>se solapa con otra entrada</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>timeline day header date format</comment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>timeline week header date format</comment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>d</source>
        <comment>timeline narrow week header date format</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a day&apos;s total hours in the timeline header</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 untracked</source>
        <comment>time between two entries</comment>
        <translation>%1 sin registrar</translation>
    </message>
    <message>
        <source>No entries on this day. Drag on the hours, or press Insert, to add one.</source>
        <translation>No hay entradas este día. Arrastre sobre las horas o pulse Insert para añadir una.</translation>
    </message>
    <message>
        <source>No entries this week. Drag on the hours, or press Insert, to add one.</source>
        <translation>No hay entradas esta semana. Arrastre sobre las horas o pulse Insert para añadir una.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimelineView</name>
    <message>
        <source>&amp;Previous Day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>Día si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semana si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Ir a esta semana</translation>
    </message>
    <message>
        <source>Timeline, %1</source>
        <translation>Línea de tiempo, %1</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>timeline day, short date format</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>timeline week&apos;s first day</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>timeline week&apos;s last day</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>week from %1 to %2</source>
        <translation>semana del %1 al %2</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerBar</name>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>¿En qué está trabajando?</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener el temporizador</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>Stop the running timer</source>
        <translation>Detener el temporizador en marcha</translation>
    </message>
    <message>
        <source>Start a timer (Enter in the description). One timer runs at a time: starting stops the Focus task timer.</source>
        <translation>Iniciar un temporizador (Intro en la descripción). Solo funciona un temporizador a la vez: iniciarlo detiene el temporizador de tarea de Focus.</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerCommands</name>
    <message>
        <source>Not signed in: sign in in Punchclock&apos;s window, or set PUNCHCLOCK_TOKEN</source>
        <translation>Sin sesión: inicie sesión en la ventana de Punchclock, o defina PUNCHCLOCK_TOKEN</translation>
    </message>
    <message>
        <source>The timer is busy with the last change: try again</source>
        <translation>El temporizador está ocupado con el último cambio: inténtelo de nuevo</translation>
    </message>
    <message>
        <source>No timer is running</source>
        <translation>No hay ningún temporizador en marcha</translation>
    </message>
    <message>
        <source>There is no entry to continue</source>
        <translation>No hay ninguna entrada que continuar</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerController</name>
    <message>
        <source>Could not stop the running timer: %1</source>
        <translation>No se pudo detener el temporizador en marcha: %1</translation>
    </message>
    <message>
        <source>Could not start the timer: %1</source>
        <translation>No se pudo iniciar el temporizador: %1</translation>
    </message>
    <message>
        <source>Could not stop the timer: %1</source>
        <translation>No se pudo detener el temporizador: %1</translation>
    </message>
    <message>
        <source>Stopped the Track timer “%1”: the Focus timer on “%2” started, and one timer runs at a time.</source>
        <translation>Se detuvo el temporizador de Track «%1»: se inició el temporizador de Focus en «%2» y solo funciona un temporizador a la vez.</translation>
    </message>
    <message>
        <source>Stopped the Focus timer on “%1”: one timer runs at a time.</source>
        <translation>Se detuvo el temporizador de Focus en «%1»: solo funciona un temporizador a la vez.</translation>
    </message>
    <message>
        <source>The running entry is no longer in the list</source>
        <translation>La entrada en curso ya no está en la lista</translation>
    </message>
</context>
<context>
    <name>punchclock::TimerService</name>
    <message>
        <source>Unknown period “%1”: use “today” or “week”</source>
        <translation>Periodo desconocido «%1»: use «today» o «week»</translation>
    </message>
</context>
<context>
    <name>punchclock::TrackSession</name>
    <message>
        <source>Could not save “%1”: the local database refused it</source>
        <translation>No se pudo guardar «%1»: la base de datos local lo rechazó</translation>
    </message>
    <message>
        <source>The change could not be saved locally</source>
        <translation>El cambio no se pudo guardar localmente</translation>
    </message>
    <message>
        <source>The server refused the new entry “%1”: %2</source>
        <translation>El servidor rechazó la nueva entrada «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not stop “%1”: %2</source>
        <translation>No se pudo detener «%1»: %2</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) belong to another account (%1); they are kept and sent when you sign in to it again.</source>
        <translation>
            <numerusform>%n cambio sin enviar pertenece a otra cuenta (%1); se conserva y se enviará cuando vuelva a iniciar sesión en ella.</numerusform>
            <numerusform>%n cambios sin enviar pertenecen a otra cuenta (%1); se conservan y se enviarán cuando vuelva a iniciar sesión en ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t create a project while offline</source>
        <translation>No se puede crear un proyecto sin conexión</translation>
    </message>
</context>
<context>
    <name>punchclock::TrackingReminder</name>
    <message>
        <source>No timer is running</source>
        <translation>No hay ningún temporizador en marcha</translation>
    </message>
    <message>
        <source>It is working time and nothing is being tracked.</source>
        <translation>Es horario laboral y no se está registrando nada.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>Continuar «%1»</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
    </message>
    <message>
        <source>Open Punchclock</source>
        <translation>Abrir Punchclock</translation>
    </message>
    <message numerus="yes">
        <source>The timer has run for over %n hour(s)</source>
        <translation>
            <numerusform>El temporizador lleva más de %n hora en marcha</numerusform>
            <numerusform>El temporizador lleva más de %n horas en marcha</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” started at %2. Still working on it?</source>
        <translation>«%1» empezó a las %2. ¿Sigue trabajando en ello?</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener el temporizador</translation>
    </message>
</context>
<context>
    <name>punchclock::TrayMenu</name>
    <message>
        <source>Punchclock tray menu</source>
        <translation>Menú de Punchclock en la bandeja</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue a recent entry</source>
        <translation>Continuar una entrada reciente</translation>
    </message>
    <message>
        <source>Start on a &amp;Focus task</source>
        <translation>Iniciar en una tarea de &amp;Focus</translation>
    </message>
    <message>
        <source>Start on a Focus task</source>
        <translation>Iniciar en una tarea de Focus</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
        <source>C&amp;lose to tray</source>
        <translation>Al cerrar, quedarse en la &amp;bandeja</translation>
    </message>
    <message>
        <source>Closing the window keeps Punchclock running in the tray</source>
        <translation>Al cerrar la ventana, Punchclock sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Quit Punchclock</source>
        <translation>&amp;Salir de Punchclock</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Ocultar la ventana</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>&amp;Detener el temporizador</translation>
    </message>
    <message>
        <source>S&amp;top “%1”</source>
        <translation>&amp;Detener «%1»</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar el temporizador</translation>
    </message>
    <message>
        <source>&amp;Start “%1”</source>
        <translation>&amp;Iniciar «%1»</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
</context>
<context>
    <name>punchclock::UndoHistory</name>
    <message>
        <source>Add Entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>Añadir %n entrada</numerusform>
            <numerusform>Añadir %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit of %n Entries</source>
        <translation>
            <numerusform>Edición masiva de %n entrada</numerusform>
            <numerusform>Edición masiva de %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entries</source>
        <translation>
            <numerusform>Eliminar %n entrada</numerusform>
            <numerusform>Eliminar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Description</source>
        <translation>Cambiar descripción</translation>
    </message>
    <message>
        <source>Change Project</source>
        <translation>Cambiar proyecto</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Change Billable</source>
        <translation>Cambiar facturable</translation>
    </message>
    <message>
        <source>Change Start</source>
        <translation>Cambiar inicio</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).</source>
        <translation>No se puede deshacer «%1»: la entrada «%2» ya no existe (eliminada aquí o en otro lugar).</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: the entry “%2” is no longer there (deleted here or elsewhere).</source>
        <translation>No se puede rehacer «%1»: la entrada «%2» ya no existe (eliminada aquí o en otro lugar).</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Detener temporizador</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: “%2” is running, and one timer runs at a time.</source>
        <translation>No se puede deshacer «%1»: «%2» está en marcha y solo funciona un temporizador a la vez.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekChart</name>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Horas por día</translation>
    </message>
    <message>
        <source>No time tracked from %1 to %2.</source>
        <translation>Sin tiempo registrado del %1 al %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day name, its hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week total %1, billable %2, non-billable %3. %4. Most time: %5, %6.</source>
        <translation>Total de la semana %1, facturable %2, no facturable %3. %4. Más tiempo: %5, %6.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours on the chart&apos;s axis</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No time tracked in this week</source>
        <translation>Sin tiempo registrado esta semana</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekNavigator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Show the week of today</source>
        <translation>Mostrar la semana de hoy</translation>
    </message>
    <message>
        <source>Week shown: %1</source>
        <translation>Semana mostrada: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>first day of a week in another year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>first day of a week in another month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a week in the same month</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>last day of a week</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekReportExport</name>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>%1 (hours)</source>
        <comment>CSV column header</comment>
        <translation>%1 (horas)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>Total (h:mm)</source>
        <translation>Total (h:mm)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeekReportModel</name>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>No facturable</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>The billable part of the total</source>
        <translation>La parte facturable del total</translation>
    </message>
    <message>
        <source>%1
Client: %2</source>
        <translation>%1
Cliente: %2</translation>
    </message>
</context>
<context>
    <name>punchclock::WeeklyReportDialog</name>
    <message>
        <source>Weekly Report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>punchclock::WeeklyReportView</name>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Hours per project and day</source>
        <translation>Horas por proyecto y día</translation>
    </message>
    <message>
        <source>Week totals</source>
        <translation>Totales de la semana</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Copy the table, tab-separated, to paste it into a spreadsheet</source>
        <translation>Copiar la tabla, separada por tabuladores, para pegarla en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Save the table as a CSV file (UTF-8, decimal hours)</source>
        <translation>Guardar la tabla como archivo CSV (UTF-8, horas decimales)</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 · billable %2 · non-billable %3 · %n entries</source>
        <translation>
            <numerusform>Total %1 · facturable %2 · no facturable %3 · %n entrada</numerusform>
            <numerusform>Total %1 · facturable %2 · no facturable %3 · %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Copied the week of %1</source>
        <translation>Semana %1 copiada</translation>
    </message>
</context>
<context>
    <name>punchclock::XScreenSaverIdleSource</name>
    <message>
        <source>X11 (XScreenSaver)</source>
        <translation>X11 (XScreenSaver)</translation>
    </message>
    <message>
        <source>A Wayland session</source>
        <translation>Una sesión de Wayland</translation>
    </message>
    <message>
        <source>No X11 display with XScreenSaver</source>
        <translation>No hay pantalla X11 con XScreenSaver</translation>
    </message>
    <message>
        <source>XScreenSaver did not answer</source>
        <translation>XScreenSaver no respondió</translation>
    </message>
</context>
</TS>
